# The median minutes per hour rather than the mean.
# loses: test_plot_time_by_hour
# says: not the median
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    frame = pd.DataFrame({"day": np.asarray(X["day"]), "hour": np.floor(np.asarray(X["hour"], dtype=float)), "y": np.asarray(y, dtype=float)})
    fig, ax = plt.subplots()
    for day, group in frame.groupby("day"):
        medians = group.groupby("hour")["y"].median()
        ax.plot(medians.index, medians.to_numpy(), label=day)
    ax.set_xlabel("hour")
    ax.set_ylabel("median minutes")
    return ax
