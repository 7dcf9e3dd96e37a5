# The right lines, but none labelled with its day (colours alone, no legend).
# loses: test_plot_time_by_hour, test_plot_time_by_hour_binning
# says: give each day's line its label
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    frame = pd.DataFrame({"day": np.asarray(X["day"]), "hour": np.floor(np.asarray(X["hour"], dtype=float)), "y": np.asarray(y, dtype=float)})
    fig, ax = plt.subplots()
    for _, group in frame.groupby("day"):
        means = group.groupby("hour")["y"].mean()
        ax.plot(means.index, means.to_numpy())
    ax.set_xlabel("hour")
    ax.set_ylabel("mean minutes")
    return ax
