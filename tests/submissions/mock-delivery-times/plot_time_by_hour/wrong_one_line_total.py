# One line for all days together: the mean by hour over the whole week.
# loses: test_plot_time_by_hour, test_plot_time_by_hour_binning
# says: labelled line(s)
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    hours = np.floor(np.asarray(X["hour"], dtype=float))
    means = pd.Series(np.asarray(y, dtype=float)).groupby(hours).mean()
    fig, ax = plt.subplots()
    ax.plot(means.index, means.to_numpy(), label="all days")
    ax.set_xlabel("hour")
    ax.set_ylabel("mean minutes")
    ax.legend()
    return ax
