using System.Collections.Frozen;

namespace RoleScope.Web.Market;

/// <summary>
/// A many-valued facet (countries, skills) of every posting, held two ways: a <see cref="Bits"/> set per value, for filters
/// and for counting a broad match, and each posting's value ids, for counting a narrow one. Counting by sets costs one pass
/// over the match per value (1,700 skills x 1,600 words at 100,000 postings); counting by postings costs one step per value
/// of each matching posting, far less when the filter keeps a few thousand postings.
/// </summary>
internal sealed class ValueSets
{
    private readonly string[] _names;
    private readonly Bits[] _sets;
    private readonly int[] _starts;
    private readonly int[] _ids;

    public ValueSets(IReadOnlyList<IReadOnlyList<string>> valuesOfPostings)
    {
        var n = valuesOfPostings.Count;
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var sets = new List<Bits>();
        _starts = new int[n + 1];
        var ids = new List<int>(n * 4);
        for (var i = 0; i < n; i++)
        {
            _starts[i] = ids.Count;
            foreach (var value in valuesOfPostings[i])
            {
                if (!idOf.TryGetValue(value, out var id))
                {
                    id = names.Count;
                    idOf[value] = id;
                    names.Add(value);
                    sets.Add(new Bits(n));
                }
                sets[id].Set(i);
                ids.Add(id);
            }
        }
        _starts[n] = ids.Count;
        _ids = [.. ids];
        _names = [.. names];
        _sets = [.. sets];
        ByName = idOf.ToFrozenDictionary(kv => kv.Key, kv => _sets[kv.Value], StringComparer.Ordinal);
    }

    /// <summary>The postings naming each value.</summary>
    public FrozenDictionary<string, Bits> ByName { get; }

    /// <summary>How many postings of <paramref name="match"/> (which holds <paramref name="matchCount"/>) name each value; zeros left out.</summary>
    public IEnumerable<(string Value, int Count)> Counts(Bits match, int matchCount)
    {
        var counts = new int[_names.Length];
        var perPosting = matchCount == 0 ? 0 : (long)(_ids.Length / Math.Max(1, _starts.Length - 1) + 1) * matchCount;
        var perValue = (long)_names.Length * match.WordCount;
        if (perPosting < perValue)
        {
            match.ForEach(i =>
            {
                for (var k = _starts[i]; k < _starts[i + 1]; k++)
                {
                    counts[_ids[k]]++;
                }
            });
        }
        else
        {
            for (var v = 0; v < _sets.Length; v++)
            {
                counts[v] = _sets[v].CountAnd(match);
            }
        }
        for (var v = 0; v < counts.Length; v++)
        {
            if (counts[v] > 0)
            {
                yield return (_names[v], counts[v]);
            }
        }
    }
}
