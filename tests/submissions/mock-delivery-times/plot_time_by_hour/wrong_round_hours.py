# Bins each hour to the nearest whole hour (round) instead of the one below it (floor).
# loses: test_plot_time_by_hour_binning
# says: BELOW it
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    frame = pd.DataFrame({"day": np.asarray(X["day"]), "hour": np.round(np.asarray(X["hour"], dtype=float)), "y": np.asarray(y, dtype=float)})
    fig, ax = plt.subplots()
    for day, group in frame.groupby("day"):
        means = group.groupby("hour")["y"].mean()
        ax.plot(means.index, means.to_numpy(), label=day)
    ax.set_xlabel("hour")
    ax.set_ylabel("mean minutes")
    return ax
