# Right values, but a double loop over the pairs of boxes.
# loses: test_box_iou_vectorised
# says: loop over pairs of boxes
def box_iou(boxes_a, boxes_b):
    out = np.zeros((len(boxes_a), len(boxes_b)))
    for i, (ax1, ay1, ax2, ay2) in enumerate(boxes_a):
        for j, (bx1, by1, bx2, by2) in enumerate(boxes_b):
            inter = max(0.0, min(ax2, bx2) - max(ax1, bx1)) * max(0.0, min(ay2, by2) - max(ay1, by1))
            out[i, j] = inter / ((ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter)
    return out


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
