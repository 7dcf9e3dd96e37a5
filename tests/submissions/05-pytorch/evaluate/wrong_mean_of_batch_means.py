# The mean of the batch losses: a small last batch weighs as much as a full one.
# loses: test_evaluate
def evaluate(model, loader, loss_fn):
    was_training = model.training
    model.eval()
    losses, correct, count = [], 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            outputs = model(inputs)
            losses.append(loss_fn(outputs, targets).item())
            correct += (outputs.argmax(dim=1) == targets).sum().item()
            count += len(inputs)
    model.train(was_training)
    return sum(losses) / len(losses), correct / count
