# Right, in plain Python: items sorted by score (itertools.groupby for the tie groups), each
# rank of a group given the group's mean relevance, ranks beyond k skipped.
import itertools
import math


def ndcg_at_k(relevance, scores, k=None):
    values = []
    for rel, score in zip(np.asarray(relevance).tolist(), np.asarray(scores).tolist()):
        n = len(rel)
        limit = n if k is None else min(k, n)
        items = sorted(zip(score, rel), key=lambda pair: -pair[0])
        dcg, rank = 0.0, 1
        for _, group in itertools.groupby(items, key=lambda pair: pair[0]):
            gains = [g for _, g in group]
            mean = sum(gains) / len(gains)
            for position in range(rank, rank + len(gains)):
                if position <= limit:
                    dcg += mean / math.log2(position + 1)
            rank += len(gains)
        best = sorted(rel, reverse=True)[:limit]
        ideal = sum(g / math.log2(i + 2) for i, g in enumerate(best))
        values.append(dcg / ideal if ideal > 0 else 0.0)
    return sum(values) / len(values)
