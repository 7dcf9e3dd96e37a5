# The outputs of every batch gathered, then one loss over all rows (F.cross_entropy).
def evaluate(model, loader, loss_fn):
    modes = {m: m.training for m in model.modules()}
    model.eval()
    outputs, labels = [], []
    with torch.no_grad():
        for inputs, targets in loader:
            outputs.append(model(inputs))
            labels.append(targets)
    for module, mode in modes.items():
        module.training = mode
    logits, y = torch.cat(outputs), torch.cat(labels)
    return loss_fn(logits, y).item(), (logits.argmax(dim=1) == y).float().mean().item()
