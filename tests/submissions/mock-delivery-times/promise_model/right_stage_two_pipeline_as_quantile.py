# The stage-2 pipeline (loaded from the earlier stage) switched to the quantile loss and
# regularised, then fitted.
promise_model = build_delivery_pipeline().set_params(
    model__loss="quantile", model__quantile=0.9, model__learning_rate=0.05, model__min_samples_leaf=100
).fit(X, y)
