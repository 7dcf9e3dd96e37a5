# torch's own tensor operations for the IoU (with a Python helper from torch.nn.functional):
# the question asks for NumPy.
# loses: test_box_iou
# says: calls torch
def box_iou(boxes_a, boxes_b):
    import torch

    a = torch.as_tensor(np.asarray(boxes_a, dtype=float))
    b = torch.as_tensor(np.asarray(boxes_b, dtype=float))
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = torch.max(a[:, None, :2], b[None, :, :2])
    rb = torch.min(a[:, None, 2:], b[None, :, 2:])
    wh = torch.nn.functional.relu(rb - lt)
    inter = wh[..., 0] * wh[..., 1]
    return (inter / (area_a[:, None] + area_b[None, :] - inter)).numpy()


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    iou = box_iou(boxes, boxes)
    suppressed = np.zeros(len(boxes), dtype=bool)
    keep = []
    for i in order:
        if not suppressed[i]:
            keep.append(i)
            suppressed |= iou[i] > iou_threshold
    return np.array(keep, dtype=int)
