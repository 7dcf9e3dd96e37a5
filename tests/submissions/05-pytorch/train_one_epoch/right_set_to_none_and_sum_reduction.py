# zero_grad(set_to_none=True) on the model; the per-sample sum from the loss's mean.
def train_one_epoch(model, loader, optimizer, loss_fn):
    model.train(True)
    running, seen = 0.0, 0
    for batch in loader:
        inputs, targets = batch
        model.zero_grad(set_to_none=True)
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        running += float(loss.detach()) * inputs.shape[0]
        seen += inputs.shape[0]
    return running / seen
