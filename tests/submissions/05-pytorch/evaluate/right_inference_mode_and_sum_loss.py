# torch.inference_mode, the summed loss per batch, the mode restored in finally.
def evaluate(model, loader, loss_fn):
    previous = model.training
    model.eval()
    try:
        loss_sum, hits, n = 0.0, 0, 0
        with torch.inference_mode():
            for inputs, targets in loader:
                logits = model(inputs)
                loss_sum += float(loss_fn(logits, targets)) * targets.numel()
                hits += int((logits.argmax(-1) == targets).sum())
                n += targets.numel()
        return loss_sum / n, hits / n
    finally:
        model.train(previous)
