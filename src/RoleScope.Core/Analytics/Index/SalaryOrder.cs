namespace RoleScope.Core.Analytics.Index;

/// <summary>
/// Every salaried posting ranked by salary. The salaries of any set of postings come out sorted by marking their ranks in a
/// bit set and reading it in order: O(set + salaried / 64), no comparison sort per query.
/// </summary>
internal sealed class SalaryOrder
{
    private readonly int[] _rankOf;
    private readonly double[] _salaryAt;
    private readonly int[] _postingAt;

    private SalaryOrder(int[] rankOf, double[] salaryAt, int[] postingAt)
    {
        _rankOf = rankOf;
        _salaryAt = salaryAt;
        _postingAt = postingAt;
    }

    public long Bytes => _rankOf.LongLength * sizeof(int) + _salaryAt.LongLength * sizeof(double) + _postingAt.LongLength * sizeof(int);

    public static SalaryOrder Of(double[] salary, PostingBits salaried)
    {
        var postings = new List<int>();
        foreach (var p in salaried)
        {
            postings.Add(p);
        }
        var ids = postings.ToArray();
        var keys = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            keys[i] = salary[ids[i]];
        }
        // Equal salaries may rank in any order among themselves: every query reads salaries, never which posting tied first.
        Array.Sort(keys, ids);
        var rankOf = new int[salary.Length];
        Array.Fill(rankOf, -1);
        for (var r = 0; r < ids.Length; r++)
        {
            rankOf[ids[r]] = r;
        }
        return new SalaryOrder(rankOf, keys, ids);
    }

    /// <summary>The posting's place in the salary order, -1 when it states no salary.</summary>
    public int RankOf(int posting) => posting < _rankOf.Length ? _rankOf[posting] : -1;

    public double SalaryAt(int rank) => _salaryAt[rank];

    /// <summary>The salaries of the salaried postings in <paramref name="set"/>, ascending.</summary>
    public double[] Sorted(PostingBits set) => Sorted(set, out _);

    /// <summary>The same, with the postings those salaries belong to in the same order.</summary>
    public double[] Sorted(PostingBits set, out int[] postings)
    {
        var ranks = new PostingBits(_salaryAt.Length);
        var n = 0;
        foreach (var p in set)
        {
            if (p < _rankOf.Length && _rankOf[p] >= 0)
            {
                ranks.Set(_rankOf[p]);
                n++;
            }
        }
        var sorted = new double[n];
        postings = new int[n];
        var k = 0;
        foreach (var r in ranks)
        {
            postings[k] = _postingAt[r];
            sorted[k++] = _salaryAt[r];
        }
        return sorted;
    }
}
