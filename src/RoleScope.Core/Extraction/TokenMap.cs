using System.Diagnostics.CodeAnalysis;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Words to values, compared as <see cref="StringComparison.OrdinalIgnoreCase"/> does, looked up by span: the edges of a
/// <see cref="PhraseTrie{T}"/>. Open addressing over the hash kept beside each key, which for a token the tokenizer has
/// computed already (<see cref="Token.Hash"/>): a miss (most tokens of a text start no phrase) costs an array read or two,
/// with no hashing and no interface calls. Filled while its owner is built, then only read, by any number of threads.
/// </summary>
internal sealed class TokenMap<TValue>
    where TValue : class
{
    /// <summary>0 marks an empty slot (<see cref="Token.HashOf"/> is never 0).</summary>
    private int[] _hashes = new int[4];
    private string?[] _keys = new string?[4];
    private TValue?[] _values = new TValue?[4];

    public int Count { get; private set; }

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value) => TryGetValue(key, Token.HashOf(key), out value);

    /// <summary>Looks up a key whose <see cref="Token.HashOf"/> is known (a token's <see cref="Token.Hash"/>).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, int hash, [MaybeNullWhen(false)] out TValue value)
    {
        var hashes = _hashes;
        var mask = hashes.Length - 1;
        for (var i = Slot(hash, mask); ; i = (i + 1) & mask)
        {
            var h = hashes[i];
            if (h == 0)
            {
                value = null;
                return false;
            }
            if (h == hash && key.Equals(_keys[i], StringComparison.OrdinalIgnoreCase))
            {
                value = _values[i]!;
                return true;
            }
        }
    }

    /// <summary>Adds a key that is not in the map yet (ignoring case).</summary>
    public void Add(string key, TValue value)
    {
        if ((Count + 1) * 2 > _hashes.Length)
        {
            Resize(_hashes.Length * 2);
        }
        Insert(Token.HashOf(key), key, value);
        Count++;
    }

    private void Insert(int hash, string key, TValue value)
    {
        var mask = _hashes.Length - 1;
        var i = Slot(hash, mask);
        while (_hashes[i] != 0)
        {
            i = (i + 1) & mask;
        }
        _hashes[i] = hash;
        _keys[i] = key;
        _values[i] = value;
    }

    private void Resize(int size)
    {
        var (hashes, keys, values) = (_hashes, _keys, _values);
        (_hashes, _keys, _values) = (new int[size], new string?[size], new TValue?[size]);
        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] != 0)
            {
                Insert(hashes[i], keys[i]!, values[i]!);
            }
        }
    }

    /// <summary>The first slot to probe: the hash's low bit is always set, so it is left out.</summary>
    private static int Slot(int hash, int mask) => (hash >>> 1) & mask;
}
