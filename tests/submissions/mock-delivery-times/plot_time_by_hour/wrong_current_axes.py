# Draws on pyplot's current Axes (plt.gca()): a second call draws over the first plot.
# loses: test_plot_time_by_hour_binning
# says: new figure on every call
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    frame = pd.DataFrame({"day": np.asarray(X["day"]), "hour": np.floor(np.asarray(X["hour"], dtype=float)), "y": np.asarray(y, dtype=float)})
    ax = plt.gca()
    for day, group in frame.groupby("day"):
        means = group.groupby("hour")["y"].mean()
        ax.plot(means.index, means.to_numpy(), label=day)
    ax.set_xlabel("hour")
    ax.set_ylabel("mean minutes")
    return ax
