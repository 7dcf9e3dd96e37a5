# Returns the number of right rows, not the fraction.
# loses: test_evaluate, test_evaluate_no_grad
# says: return the fraction
def evaluate(model, loader, loss_fn):
    was_training = model.training
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            outputs = model(inputs)
            total += loss_fn(outputs, targets).item() * len(inputs)
            correct += (outputs.argmax(dim=1) == targets).sum().item()
            count += len(inputs)
    model.train(was_training)
    return total / count, float(correct)
