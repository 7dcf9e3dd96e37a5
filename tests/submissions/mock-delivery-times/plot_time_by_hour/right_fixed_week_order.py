# Loops over the whole week in order; a day without orders gets an empty (invisible) line.
import matplotlib.pyplot as plt

WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def plot_time_by_hour(X, y):
    hours = np.floor(X["hour"].to_numpy(dtype=float))
    minutes = np.asarray(y, dtype=float)
    days = X["day"].astype(str).to_numpy()
    fig, ax = plt.subplots()
    for day in WEEK:
        mask = days == day
        means = pd.Series(minutes[mask]).groupby(hours[mask]).mean()
        ax.plot(means.index.to_numpy(), means.to_numpy(), label=day)
    ax.set_xlabel("hour (floor)")
    ax.set_ylabel("mean time to deliver (minutes)")
    return ax
