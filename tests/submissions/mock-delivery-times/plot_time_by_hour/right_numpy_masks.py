# NumPy masks, day by day and hour by hour (a few loops over days and hours, not over orders).
from matplotlib import pyplot


def plot_time_by_hour(X, y):
    days = np.asarray(X["day"]).astype(str)
    hours = np.floor(np.asarray(X["hour"], dtype=float)).astype(int)
    minutes = np.asarray(y, dtype=float)
    figure = pyplot.figure()
    ax = figure.add_subplot()
    for day in sorted(set(days), key=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index):
        in_day = days == day
        present = np.unique(hours[in_day])
        ax.plot(present, [minutes[in_day & (hours == h)].mean() for h in present], "-o", label=day)
    ax.axhline(minutes.mean(), color="grey", linestyle=":")  # unlabelled: the overall mean
    ax.set(xlabel="hour of the day", ylabel="minutes (mean)", title="Delivery time by hour")
    ax.legend()
    return ax
