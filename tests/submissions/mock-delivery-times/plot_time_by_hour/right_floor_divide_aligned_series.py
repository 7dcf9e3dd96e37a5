# Hour bins by floor division; y joined to X by index when it is a Series aligned with X.
import matplotlib.pyplot as plt


def plot_time_by_hour(X, y):
    minutes = y if isinstance(y, pd.Series) else pd.Series(y, index=X.index)
    frame = X[["day", "hour"]].assign(hour=X["hour"] // 1, minutes=minutes)
    fig, ax = plt.subplots(figsize=(6, 4))
    for day, means in frame.groupby(["day", "hour"])["minutes"].mean().groupby(level=0):
        ax.plot(means.index.get_level_values(1), means.values, label=day)
    ax.set_xlabel("hour")
    ax.set_ylabel("average delivery time (min)")
    return ax
