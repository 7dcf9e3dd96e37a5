# Each day's points in the order the hours first appear in the data, not increasing (a zigzag).
# loses: test_plot_time_by_hour
# says: increasing
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    frame = pd.DataFrame({"day": np.asarray(X["day"]), "hour": np.floor(np.asarray(X["hour"], dtype=float)), "y": np.asarray(y, dtype=float)})
    fig, ax = plt.subplots()
    for day in frame["day"].unique():
        group = frame[frame["day"] == day]
        means = group.groupby("hour", sort=False)["y"].mean()
        ax.plot(means.index, means.to_numpy(), label=day)
    ax.set_xlabel("hour")
    ax.set_ylabel("mean minutes")
    return ax
