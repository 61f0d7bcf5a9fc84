using System.Numerics;

namespace RoleScope.Core.Analytics.Index;

/// <summary>A set of posting numbers, one bit per posting of the index: slices are intersections of these.</summary>
public sealed class PostingBits
{
    private ulong[] _words;

    public PostingBits(int capacity) => _words = new ulong[WordsFor(capacity)];

    private PostingBits(ulong[] words) => _words = words;

    internal ulong[] Words => _words;

    /// <summary>Bytes held, for the index's bytes-per-posting figure.</summary>
    public long Bytes => _words.LongLength * sizeof(ulong);

    public static PostingBits All(int count)
    {
        var bits = new PostingBits(count);
        var full = count >> 6;
        Array.Fill(bits._words, ulong.MaxValue, 0, full);
        if ((count & 63) != 0)
        {
            bits._words[full] = (1UL << (count & 63)) - 1;
        }
        return bits;
    }

    public void Set(int posting)
    {
        var word = posting >> 6;
        if (word >= _words.Length)
        {
            Array.Resize(ref _words, Math.Max(word + 1, _words.Length * 2));
        }
        _words[word] |= 1UL << (posting & 63);
    }

    public bool Contains(int posting)
    {
        var word = posting >> 6;
        return word < _words.Length && (_words[word] & (1UL << (posting & 63))) != 0;
    }

    public int Count()
    {
        var total = 0;
        foreach (var w in _words)
        {
            total += BitOperations.PopCount(w);
        }
        return total;
    }

    /// <summary>|a ∩ b| without building the intersection.</summary>
    public static int CountAnd(PostingBits a, PostingBits b)
    {
        var x = a._words;
        var y = b._words;
        var n = Math.Min(x.Length, y.Length);
        var total = 0;
        for (var i = 0; i < n; i++)
        {
            total += BitOperations.PopCount(x[i] & y[i]);
        }
        return total;
    }

    public PostingBits And(PostingBits other)
    {
        var n = Math.Min(_words.Length, other._words.Length);
        var words = new ulong[_words.Length];
        for (var i = 0; i < n; i++)
        {
            words[i] = _words[i] & other._words[i];
        }
        return new PostingBits(words);
    }

    public void AndWith(PostingBits other)
    {
        var n = Math.Min(_words.Length, other._words.Length);
        for (var i = 0; i < n; i++)
        {
            _words[i] &= other._words[i];
        }
        Array.Clear(_words, n, _words.Length - n);
    }

    public void OrWith(PostingBits other)
    {
        if (other._words.Length > _words.Length)
        {
            Array.Resize(ref _words, other._words.Length);
        }
        for (var i = 0; i < other._words.Length; i++)
        {
            _words[i] |= other._words[i];
        }
    }

    public PostingBits Clone() => new((ulong[])_words.Clone());

    /// <summary>Shrinks the backing array to the postings it can hold, after a build of known size.</summary>
    internal void Trim(int capacity)
    {
        var words = WordsFor(capacity);
        if (_words.Length != words)
        {
            Array.Resize(ref _words, words);
        }
    }

    /// <summary>The members in increasing order.</summary>
    public Enumerator GetEnumerator() => new(_words);

    private static int WordsFor(int capacity) => (Math.Max(capacity, 1) + 63) >> 6;

    public struct Enumerator(ulong[] words)
    {
        private int _word = -1;
        private ulong _rest;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_rest == 0)
            {
                if (++_word >= words.Length)
                {
                    return false;
                }
                _rest = words[_word];
            }
            Current = (_word << 6) + BitOperations.TrailingZeroCount(_rest);
            _rest &= _rest - 1;
            return true;
        }
    }
}
