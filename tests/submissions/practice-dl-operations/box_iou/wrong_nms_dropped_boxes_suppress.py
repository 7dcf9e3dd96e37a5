# Drops a box when any better box overlaps it, kept or not: not greedy NMS.
# loses: test_box_iou_nms_rules
# says: only kept boxes drop other boxes
def box_iou(boxes_a, boxes_b):
    a = np.asarray(boxes_a, dtype=float)
    b = np.asarray(boxes_b, dtype=float)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = np.maximum(a[:, None, :2], b[None, :, :2])
    rb = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(rb - lt, 0, None)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter)


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    iou = box_iou(boxes, boxes)[np.ix_(order, order)]
    overlapped_by_better = np.triu(iou > iou_threshold, k=1).any(axis=0)
    return order[~overlapped_by_better].astype(int)
