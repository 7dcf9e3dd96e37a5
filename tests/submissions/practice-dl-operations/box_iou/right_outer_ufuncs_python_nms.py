# box_iou with np.minimum.outer / np.maximum.outer per coordinate; nms in plain Python lists,
# sorted by (-score, index), with its own pairwise IoU (nms may loop).
def box_iou(boxes_a, boxes_b):
    a = np.asarray(boxes_a, dtype=float)
    b = np.asarray(boxes_b, dtype=float)
    w = np.clip(np.minimum.outer(a[:, 2], b[:, 2]) - np.maximum.outer(a[:, 0], b[:, 0]), 0, None)
    h = np.clip(np.minimum.outer(a[:, 3], b[:, 3]) - np.maximum.outer(a[:, 1], b[:, 1]), 0, None)
    inter = w * h
    areas = np.add.outer((a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1]), (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]))
    return inter / (areas - inter)


def nms(boxes, scores, iou_threshold):
    def iou(p, q):
        inter = max(0.0, min(p[2], q[2]) - max(p[0], q[0])) * max(0.0, min(p[3], q[3]) - max(p[1], q[1]))
        return inter / ((p[2] - p[0]) * (p[3] - p[1]) + (q[2] - q[0]) * (q[3] - q[1]) - inter)

    boxes = [list(map(float, box)) for box in boxes]
    scores = [float(s) for s in scores]
    candidates = sorted(range(len(boxes)), key=lambda i: (-scores[i], i))
    keep = []
    for i in candidates:
        if all(iou(boxes[k], boxes[i]) <= iou_threshold for k in keep):
            keep.append(i)
    return np.array(keep, dtype=np.int64)
