using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// A trie over tokens that finds known phrases (skill aliases, place names, title words) in one pass,
/// leftmost-longest, case-insensitively, never inside a word: tokens are whole words, and a phrase's
/// adjacency ("C#" vs "C #") must match the text's. Built once, then read-only and shared by all threads.
/// </summary>
/// <remarks>
/// Nodes are numbers and every edge of the trie sits in one open-addressing table keyed by (node, joined, word), probed with
/// the token's hash (<see cref="Token.Hash"/>): a step costs one probe of one array, not a chain of node, map and key objects
/// (a walk takes hundreds of steps a posting, and chasing those pointers missed the caches).
/// </remarks>
public sealed class PhraseTrie<T>
{
    /// <summary>Longest phrase, in tokens, whose ends are remembered during a walk (no phrase in the knowledge files comes close).</summary>
    private const int MaxEnds = 16;

    /// <summary>Bits of the filter of first words: 8 KB, so it stays in cache while it turns most tokens away.</summary>
    private const int FilterBits = 1 << 16;

    private const int Root = 0;

    /// <summary>The first words of the phrases by the high bits of their hash: a token whose bit is clear starts no phrase.</summary>
    private readonly ulong[] _firstWords = new ulong[FilterBits / 64];

    /// <summary>The values of the phrases ending at each node (null where none ends); node 0 is the root.</summary>
    private List<T>?[] _values = new List<T>?[64];

    private int _nodeCount = 1;

    /// <summary>
    /// Which edges leave each node, by <see cref="From"/>: a walk stops without a probe where none of the kind it needs
    /// leaves (after ".", which starts ".NET", a word written apart ends the walk).
    /// </summary>
    private bool[] _hasEdges = new bool[128];

    /// <summary>The edge table: what a probe reads (12 bytes a slot, so more of the table stays in cache).</summary>
    private Edge[] _edges = new Edge[64];

    /// <summary>The word of the edge in the same slot of <see cref="_edges"/> (null where the slot is empty), read on a hash match.</summary>
    private string?[] _words = new string?[64];

    private int _edgeCount;

    /// <summary>Adds a phrase; <paramref name="value"/> is reported when it matches. Returns false for a phrase with no tokens.</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return false;
        }
        var firstSlot = FilterSlot(tokens[0].Hash);
        _firstWords[firstSlot >> 6] |= 1UL << firstSlot;
        var node = Root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var from = From(node, i > 0 && tokens[i].Joined);
            var next = Next(from, tokens[i].Span(phrase), tokens[i].Hash);
            if (next < 0)
            {
                next = _nodeCount++;
                if (_nodeCount > _values.Length)
                {
                    Array.Resize(ref _values, _values.Length * 2);
                    Array.Resize(ref _hasEdges, _values.Length * 2);
                }
                _hasEdges[from] = true;
                AddEdge(new Edge(tokens[i].Hash, from, next), Folded(tokens[i].Span(phrase)));
            }
            node = next;
        }
        (_values[node] ??= []).Add(value);
        return true;
    }

    /// <summary>
    /// Every leftmost-longest match in <paramref name="tokens"/>; <paramref name="accept"/> may refuse a candidate
    /// (e.g. a case-sensitive form written in another case), in which case shorter candidates at the same start are tried.
    /// </summary>
    public void Match(string text, IReadOnlyList<Token> tokens, Func<PhraseMatch<T>, bool> accept, List<PhraseMatch<T>> results) =>
        Match(text, tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens], accept, results);

    public void Match(string text, ReadOnlySpan<Token> tokens, Func<PhraseMatch<T>, bool> accept, List<PhraseMatch<T>> results)
    {
        var i = 0; // where the next walk may start: the token after the last match
        // Fixed buffers, not stackalloc: a method that allocates on the stack is compiled once, fully optimised but without the
        // profile-guided tier that this hot loop gains from.
        var endTokenBuffer = default(PhraseEnds);
        var endNodeBuffer = default(PhraseEnds);
        Span<int> endTokens = endTokenBuffer;
        Span<int> endNodes = endNodeBuffer;
        var firstWords = _firstWords;
        for (var chunk = 0; chunk < tokens.Length; chunk += 64)
        {
            // The tokens of the chunk that may start a phrase, as bits, read without a branch per token: which tokens pass the
            // filter is as good as random, and a branch on each was mispredicted about once in five tokens (perf, 2026-12-07).
            var chunkTokens = tokens.Slice(chunk, Math.Min(64, tokens.Length - chunk));
            var starts = 0UL;
            for (var k = 0; k < chunkTokens.Length; k++)
            {
                var slot = FilterSlot(chunkTokens[k].Hash);
                starts |= ((firstWords[slot >> 6] >> slot) & 1) << k;
            }
            for (; starts != 0; starts &= starts - 1)
            {
                var start = chunk + BitOperations.TrailingZeroCount(starts);
                if (start < i)
                {
                    continue; // inside the last match
                }
                i = start;
                var node = Root;
                var found = 0;
                for (var j = i; j < tokens.Length; j++)
                {
                    var from = From(node, j > i && tokens[j].Joined);
                    node = _hasEdges[from] ? Next(from, tokens[j].Span(text), tokens[j].Hash) : -1;
                    if (node < 0)
                    {
                        break;
                    }
                    if (_values[node] is not null && found < MaxEnds)
                    {
                        endNodes[found] = node;
                        endTokens[found++] = j;
                    }
                }
                var advanced = false;
                for (var k = found - 1; k >= 0 && !advanced; k--)
                {
                    var endToken = endTokens[k];
                    foreach (var value in _values[endNodes[k]]!)
                    {
                        var match = new PhraseMatch<T>(value, i, endToken + 1, tokens[i].Start, tokens[endToken].End);
                        if (accept(match))
                        {
                            results.Add(match);
                            i = endToken + 1;
                            advanced = true;
                            break;
                        }
                    }
                }
                if (!advanced)
                {
                    i++;
                }
            }
        }
    }

    private static int FilterSlot(int hash) => (int)((uint)hash >> 16);

    /// <summary>An edge's source: the node, and whether the word is written joined to the one before ("C" then "#").</summary>
    private static int From(int node, bool joined) => (node << 1) | (joined ? 1 : 0);

    /// <summary>The node an edge leads to, or -1 when there is none.</summary>
    private int Next(int from, ReadOnlySpan<char> word, int hash)
    {
        var edges = _edges;
        var mask = edges.Length - 1;
        for (var i = Slot(from, hash, mask); ; i = (i + 1) & mask)
        {
            ref readonly var edge = ref edges[i];
            if (edge.Hash == 0)
            {
                return -1;
            }
            if (edge.Hash == hash && edge.From == from && SameWord(word, _words[i]!))
            {
                return edge.To;
            }
        }
    }

    /// <summary>The word with its ASCII small letters made capitals, as edges keep it.</summary>
    private static string Folded(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            folded[k] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }
        return new string(folded);
    }

    /// <summary>
    /// <paramref name="word"/> and an edge's <see cref="Folded"/> word are equal as <see cref="StringComparison.OrdinalIgnoreCase"/>
    /// compares them. Their hashes are equal, so they almost always are: ASCII is compared here, one character at a time (that
    /// comparison never equates a non-ASCII character with an ASCII one), and a word with other characters is left to it.
    /// </summary>
    private static bool SameWord(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length)
        {
            return false;
        }
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c >= 128)
            {
                return word.Equals(folded, StringComparison.OrdinalIgnoreCase);
            }
            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - 32);
            }
            if (c != folded[k])
            {
                return false;
            }
        }
        return true;
    }

    private static int Slot(int from, int hash, int mask) => (int)(((uint)hash ^ ((uint)from * 0x9E3779B1u)) & (uint)mask);

    private void AddEdge(Edge edge, string word)
    {
        if ((_edgeCount + 1) * 2 > _edges.Length)
        {
            var (oldEdges, oldWords) = (_edges, _words);
            _edges = new Edge[oldEdges.Length * 2];
            _words = new string?[oldEdges.Length * 2];
            for (var i = 0; i < oldEdges.Length; i++)
            {
                if (oldWords[i] is { } w)
                {
                    Insert(oldEdges[i], w);
                }
            }
        }
        Insert(edge, word);
        _edgeCount++;
    }

    private void Insert(Edge edge, string word)
    {
        var mask = _edges.Length - 1;
        var i = Slot(edge.From, edge.Hash, mask);
        while (_words[i] is not null)
        {
            i = (i + 1) & mask;
        }
        _edges[i] = edge;
        _words[i] = word;
    }

    /// <summary>An edge of the trie; an empty slot has hash 0, which no word has (<see cref="Token.HashOf"/> is never 0).</summary>
    private readonly record struct Edge(int Hash, int From, int To);
}

/// <summary>A phrase found in text: token range [FirstToken, EndToken) and character span [Start, End).</summary>
public readonly record struct PhraseMatch<T>(T Value, int FirstToken, int EndToken, int Start, int End);

/// <summary>Room for the ends of the phrases a walk passes (<c>PhraseTrie.MaxEnds</c>).</summary>
[InlineArray(16)]
internal struct PhraseEnds
{
    private int _first;
}
