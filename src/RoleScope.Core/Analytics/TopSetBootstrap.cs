using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Core.Analytics;

/// <summary>
/// Bootstrap of the top-K skill sets' Jaccard. In a resample of a family's n postings, a skill named by c of them is named by
/// Binomial(n, c/n); each replicate draws every skill's count that way (the marginal of the posting resample; the correlation
/// between skills of one posting is not kept) and re-ranks. Only skills near the K-th count can change places: skills more
/// than <see cref="Band"/> standard deviations above it stay in, those as far below stay out.
/// </summary>
internal static class TopSetBootstrap
{
    private const double Band = 6;

    public static List<double> JaccardReplicates(FamilyStats a, FamilyStats b, IReadOnlyList<string> names, int k, int resamples, int seed)
    {
        var random = new Random(seed);
        var planA = new Plan(a, k);
        var planB = new Plan(b, k);
        var inA = new int[names.Count];
        var replicates = new List<double>(resamples);
        for (var r = 1; r <= resamples; r++)
        {
            var setA = planA.Draw(random);
            var setB = planB.Draw(random);
            foreach (var s in setA)
            {
                inA[s] = r;
            }
            var both = 0;
            foreach (var s in setB)
            {
                if (inA[s] == r)
                {
                    both++;
                }
            }
            var union = setA.Count + setB.Count - both;
            replicates.Add(union == 0 ? 0 : (double)both / union);
        }
        return replicates;
    }

    /// <summary>Which skills are surely in, which may move, and how to draw a replicate top set.</summary>
    private sealed class Plan
    {
        private readonly List<int> _fixed = [];
        private readonly int[] _candidates;
        private readonly int[] _counts;
        private readonly int _n;
        private readonly int _open;
        private readonly int[] _drawn;
        private readonly int[] _order;
        private readonly List<int> _set = [];

        public Plan(FamilyStats stats, int k)
        {
            _n = stats.N;
            _counts = stats.SkillCounts;
            var ranked = stats.Ranked();
            var cutoff = ranked.Length >= k ? _counts[ranked[k - 1]] : 0;
            var candidates = new List<int>();
            foreach (var s in ranked)
            {
                var c = _counts[s];
                var margin = Band * (Math.Sqrt(c) + Math.Sqrt(cutoff)) + 1;
                if (c - cutoff > margin && _fixed.Count < k - 1)
                {
                    _fixed.Add(s);
                }
                else if (c - cutoff >= -margin)
                {
                    candidates.Add(s);
                }
            }
            // Candidates keep their ranked order (count, then name), so ties in a replicate break by name as in the figure.
            _candidates = [.. candidates];
            _open = k - _fixed.Count;
            _drawn = new int[_candidates.Length];
            _order = new int[_candidates.Length];
        }

        public List<int> Draw(Random random)
        {
            _set.Clear();
            _set.AddRange(_fixed);
            for (var i = 0; i < _candidates.Length; i++)
            {
                _drawn[i] = Sampling.Binomial(random, _n, (double)_counts[_candidates[i]] / _n);
                _order[i] = i;
            }
            var drawn = _drawn;
            Array.Sort(_order, (x, y) => drawn[x] != drawn[y] ? drawn[y].CompareTo(drawn[x]) : x.CompareTo(y));
            for (var i = 0; i < _order.Length && i < _open; i++)
            {
                if (drawn[_order[i]] > 0)
                {
                    _set.Add(_candidates[_order[i]]);
                }
            }
            return _set;
        }
    }
}
