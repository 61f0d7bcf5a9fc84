using System.Numerics;

namespace RoleScope.Web.Market;

/// <summary>A fixed-size set of posting numbers as bits: the job board's filters are intersections, its facets pop counts.</summary>
internal sealed class Bits
{
    private readonly ulong[] _words;

    public Bits(int count)
    {
        Count = count;
        _words = new ulong[(count + 63) >> 6];
    }

    /// <summary>Postings the set can hold (not how many it holds: see <see cref="Cardinality"/>).</summary>
    public int Count { get; }

    public static Bits All(int count)
    {
        var bits = new Bits(count);
        Array.Fill(bits._words, ulong.MaxValue);
        if ((count & 63) != 0)
        {
            bits._words[^1] = (1UL << (count & 63)) - 1;
        }
        return bits;
    }

    public void Set(int i) => _words[i >> 6] |= 1UL << (i & 63);

    public bool Has(int i) => (_words[i >> 6] & (1UL << (i & 63))) != 0;

    public void AndWith(Bits other)
    {
        for (var w = 0; w < _words.Length; w++)
        {
            _words[w] &= other._words[w];
        }
    }

    public void OrWith(Bits other)
    {
        for (var w = 0; w < _words.Length; w++)
        {
            _words[w] |= other._words[w];
        }
    }

    public int Cardinality()
    {
        var n = 0;
        foreach (var w in _words)
        {
            n += BitOperations.PopCount(w);
        }
        return n;
    }

    /// <summary>Words of 64 postings the set is made of: the cost of one pass over it.</summary>
    public int WordCount => _words.Length;

    /// <summary>Calls <paramref name="action"/> with each posting in the set, in increasing order.</summary>
    public void ForEach(Action<int> action)
    {
        for (var w = 0; w < _words.Length; w++)
        {
            var word = _words[w];
            while (word != 0)
            {
                action((w << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }
    }

    /// <summary>How many postings are in both sets, without building the intersection.</summary>
    public int CountAnd(Bits other)
    {
        var n = 0;
        for (var w = 0; w < _words.Length; w++)
        {
            n += BitOperations.PopCount(_words[w] & other._words[w]);
        }
        return n;
    }
}
