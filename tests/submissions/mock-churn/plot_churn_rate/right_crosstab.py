# pd.crosstab normalised by row: the share of each churn value within each level; the bars are
# sorted from the highest rate down and labelled with their percentage.
def plot_churn_rate(df, column):
    table = pd.crosstab(df[column], df["churn"].astype(int), normalize="index")
    rates = (table[1] if 1 in table.columns else pd.Series(0.0, index=table.index)).sort_values(
        ascending=False
    )
    fig, ax = plt.subplots(figsize=(6, 3))
    bars = ax.bar(rates.index.astype(str), rates.to_numpy(dtype=float), color="tab:red")
    ax.bar_label(bars, labels=[f"{r:.0%}" for r in rates], fontsize=7)
    ax.set_ylim(0, 1)
    ax.set_ylabel("share who churned")
    return ax
