# box_iou on the coordinates as separate (N, 1) and (1, M) columns; nms sorts the boxes first,
# then a boolean "alive" vector over the sorted order, read back through the order.
def box_iou(boxes_a, boxes_b):
    ax1, ay1, ax2, ay2 = np.hsplit(np.asarray(boxes_a, dtype=float), 4)  # (N, 1) each
    bx1, by1, bx2, by2 = np.asarray(boxes_b, dtype=float).T[:, None, :]  # (1, M) each
    inter = (np.minimum(ax2, bx2) - np.maximum(ax1, bx1)).clip(min=0) * (np.minimum(ay2, by2) - np.maximum(ay1, by1)).clip(min=0)
    union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter
    return inter / union


def nms(boxes, scores, iou_threshold):
    boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
    order = np.argsort(-np.asarray(scores, dtype=float), kind="mergesort")
    iou = box_iou(boxes[order], boxes[order])
    alive = np.ones(len(order), dtype=bool)
    for r in range(len(order)):
        if alive[r]:
            later = np.arange(len(order)) > r
            alive &= ~(later & (iou[r] > iou_threshold))
    return order[alive].astype(np.int64)
