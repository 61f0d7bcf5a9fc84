using System.Text;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>The tokens a <see cref="TokenReader"/> reads: those that tokenising the same part gives, in the same order.</summary>
public sealed class TokenReaderTests
{
    /// <summary>Words, symbols, spaces, line breaks, letters outside ASCII and an emoji (a surrogate pair, and a lone high surrogate).</summary>
    private static readonly string[] Pieces = ["word", "a", "C#", ".", ",", " ", "  ", "\n", "\t", "\u00a0", "é", "日本", "😀", "-", "ES2015", "\ud83d"];

    [Fact]
    public void Reads_the_tokens_that_tokenising_a_part_gives_on_random_texts()
    {
        var random = new Random(11);
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 12); n > 0; n--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var whole = text.ToString();
            for (var start = 0; start <= whole.Length; start++)
            {
                for (var end = start; end <= whole.Length; end++)
                {
                    AssertReadsAsTokenized(whole, start, end);
                }
            }
        }
    }

    [Fact]
    public void Reads_the_tokens_that_tokenising_a_part_gives_on_every_hn_posting()
    {
        var random = new Random(12);
        var texts = RepositoryData.HnTexts().Select(HtmlToText.Convert).ToList();
        Assert.True(texts.Count > 1000, $"only {texts.Count} postings");
        foreach (var text in texts)
        {
            AssertReadsAsTokenized(text, 0, text.Length);
            for (var n = 0; n < 20; n++)
            {
                var start = random.Next(text.Length + 1);
                AssertReadsAsTokenized(text, start, Math.Min(text.Length, start + random.Next(80)));
            }
        }
    }

    private static void AssertReadsAsTokenized(string text, int start, int end)
    {
        var expected = new List<Token>();
        Tokenizer.Tokenize(text, start, end, expected);
        var read = new List<(int Start, int End, bool IsWord, string Previous)>();
        for (var reader = new TokenReader(text, start, end); reader.Next();)
        {
            Assert.Equal(text[reader.Start..reader.End], reader.Span.ToString());
            read.Add((reader.Start, reader.End, reader.IsWord, reader.PreviousWord.ToString()));
        }
        var tokenized = expected.Select((t, i) => (t.Start, t.End, t.IsWord, i > 0 && expected[i - 1].IsWord ? text[expected[i - 1].Start..expected[i - 1].End] : ""));
        Assert.True(tokenized.SequenceEqual(read), $"\"{text}\" [{start}, {end})");
    }
}
