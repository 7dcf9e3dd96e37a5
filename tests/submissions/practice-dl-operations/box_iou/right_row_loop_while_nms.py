# box_iou loops over the rows of boxes_a (vectorised over boxes_b: not a loop over pairs); nms is
# the classic Fast R-CNN loop: a shrinking index array, the best box first, the rest filtered in
# one vectorised step.
def box_iou(boxes_a, boxes_b):
    boxes_a = np.asarray(boxes_a, dtype=float)
    boxes_b = np.asarray(boxes_b, dtype=float)
    area_b = (boxes_b[:, 2] - boxes_b[:, 0]) * (boxes_b[:, 3] - boxes_b[:, 1])
    rows = []
    for x1, y1, x2, y2 in boxes_a:
        w = np.maximum(0.0, np.minimum(x2, boxes_b[:, 2]) - np.maximum(x1, boxes_b[:, 0]))
        h = np.maximum(0.0, np.minimum(y2, boxes_b[:, 3]) - np.maximum(y1, boxes_b[:, 1]))
        inter = w * h
        rows.append(inter / ((x2 - x1) * (y2 - y1) + area_b - inter))
    return np.array(rows, dtype=float).reshape(len(boxes_a), len(boxes_b))


def nms(boxes, scores, iou_threshold):
    boxes = np.asarray(boxes, dtype=float)
    order = np.lexsort((np.arange(len(scores)), -np.asarray(scores, dtype=float)))
    keep = []
    while order.size > 0:
        best = order[0]
        keep.append(best)
        rest = order[1:]
        order = rest[box_iou(boxes[best:best + 1], boxes[rest])[0] <= iou_threshold]
    return np.asarray(keep, dtype=np.intp)
