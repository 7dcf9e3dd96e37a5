# pandas draws the lines: a pivot table (hours x days) plotted on a new Axes; a day without
# orders in an hour leaves a gap (NaN), which is not a point.
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    table = (
        X.assign(minutes=np.asarray(y, dtype=float), hour=np.floor(X["hour"]))
        .pivot_table(index="hour", columns="day", values="minutes", aggfunc="mean")
    )
    fig, ax = plt.subplots()
    table.plot(ax=ax, marker=".")
    ax.set_ylabel("mean minutes to deliver")
    ax.set_xlabel("hour")
    return ax
