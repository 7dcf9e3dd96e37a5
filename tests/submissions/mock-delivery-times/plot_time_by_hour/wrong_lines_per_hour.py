# One line per hour, across the days: the table transposed.
# loses: test_plot_time_by_hour, test_plot_time_by_hour_binning
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    frame = pd.DataFrame({"day": np.asarray(X["day"]), "hour": np.floor(np.asarray(X["hour"], dtype=float)), "y": np.asarray(y, dtype=float)})
    table = frame.pivot_table(index="day", columns="hour", values="y", aggfunc="mean")
    fig, ax = plt.subplots()
    for hour in table.columns:
        ax.plot(range(len(table.index)), table[hour].to_numpy(), label=f"{hour:g}")
    ax.set_xlabel("day")
    ax.set_ylabel("mean minutes")
    return ax
