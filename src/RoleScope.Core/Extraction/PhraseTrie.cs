using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// A trie over tokens that finds known phrases (skill aliases, place names, title words) in one pass,
/// leftmost-longest, case-insensitively, never inside a word: tokens are whole words, and a phrase's
/// adjacency ("C#" vs "C #") must match the text's. Built once, then read-only and shared by all threads.
/// </summary>
public sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    /// <summary>Adds a phrase; <paramref name="value"/> is reported when it matches. Returns false for a phrase with no tokens.</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return false;
        }
        var node = _root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = phrase.Substring(tokens[i].Start, tokens[i].Length);
            var edges = i > 0 && tokens[i].Joined ? node.Joined ??= NewEdges() : node.Spaced ??= NewEdges();
            if (!edges.TryGetValue(key, out var next))
            {
                next = new Node();
                edges[key] = next;
            }
            node = next;
        }
        node.Values ??= [];
        node.Values.Add(value);
        return true;
    }

    /// <summary>
    /// Every leftmost-longest match in <paramref name="tokens"/>; <paramref name="accept"/> may refuse a candidate
    /// (e.g. a case-sensitive form written in another case), in which case shorter candidates at the same start are tried.
    /// </summary>
    public void Match(string text, IReadOnlyList<Token> tokens, Func<PhraseMatch<T>, bool> accept, List<PhraseMatch<T>> results)
    {
        var i = 0;
        Span<int> endsBuffer = stackalloc int[16];
        while (i < tokens.Count)
        {
            var node = _root;
            var depth = 0;
            var found = 0;
            for (var j = i; j < tokens.Count; j++)
            {
                var edges = j == i ? node.Spaced : tokens[j].Joined ? node.Joined : node.Spaced;
                if (edges is null || !edges.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[j].Span(text), out var next))
                {
                    break;
                }
                node = next;
                depth++;
                if (node.Values is not null && found < endsBuffer.Length)
                {
                    endsBuffer[found++] = j;
                }
            }
            var advanced = false;
            for (var k = found - 1; k >= 0 && !advanced; k--)
            {
                var endToken = endsBuffer[k];
                var terminal = Walk(text, tokens, i, endToken);
                foreach (var value in terminal.Values!)
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

    private Node Walk(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        var node = _root;
        for (var j = from; j <= to; j++)
        {
            var edges = j == from ? node.Spaced! : tokens[j].Joined ? node.Joined! : node.Spaced!;
            node = edges.GetAlternateLookup<ReadOnlySpan<char>>()[tokens[j].Span(text)];
        }
        return node;
    }

    private static Dictionary<string, Node> NewEdges() => new(StringComparer.OrdinalIgnoreCase);

    private sealed class Node
    {
        public Dictionary<string, Node>? Spaced;
        public Dictionary<string, Node>? Joined;
        public List<T>? Values;
    }
}

/// <summary>A phrase found in text: token range [FirstToken, EndToken) and character span [Start, End).</summary>
public readonly record struct PhraseMatch<T>(T Value, int FirstToken, int EndToken, int Start, int End);
