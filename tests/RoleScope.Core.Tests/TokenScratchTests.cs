using System.Text;
using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>The tokens of a part of a tokenised text, copied from the whole text's: the same as tokenising the part.</summary>
public sealed class TokenScratchTests
{
    /// <summary>Words, symbols, spaces, line breaks, letters outside ASCII and an emoji (a surrogate pair).</summary>
    private static readonly string[] Pieces = ["word", "a", "C#", ".", ",", " ", "  ", "\n", "\t", "\u00a0", "é", "日本", "😀", "-", "ES2015"];

    [Fact]
    public void A_copied_part_has_the_tokens_that_tokenising_the_part_gives()
    {
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 12); n > 0; n--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var whole = text.ToString();
            var all = Tokenizer.Tokenize(whole);
            for (var start = 0; start <= whole.Length; start++)
            {
                for (var end = start; end <= whole.Length; end++)
                {
                    var expected = new List<Token>();
                    Tokenizer.Tokenize(whole, start, end, expected);
                    var copied = new List<Token>();
                    if (TokenScratch.TryCopy(all.ToArray(), start, end, copied))
                    {
                        Assert.True(expected.SequenceEqual(copied), $"\"{whole}\" [{start}, {end})");
                    }
                }
            }
        }
    }

    [Fact]
    public void A_part_of_a_known_text_is_copied_and_other_texts_are_tokenised()
    {
        const string text = "Senior Engineer (Go, C#) | Remote";
        var all = Tokenizer.Tokenize(text);
        TokenScratch.Know(text, all);
        try
        {
            using (var part = TokenScratch.Tokenize(text, 17, 23))
            {
                Assert.Equal(["Go", ",", "C", "#"], part.Tokens.Select(t => text[t.Start..t.End]));
                Assert.False(part.Tokens[0].Joined);
            }
            using (var cut = TokenScratch.Tokenize(text, 2, 10))
            {
                Assert.Equal(["nior", "Eng"], cut.Tokens.Select(t => text[t.Start..t.End]));
            }
            var other = new string(text.AsSpan());
            using var copy = TokenScratch.Tokenize(other, 0, other.Length);
            Assert.Equal(all, copy.Tokens);
        }
        finally
        {
            TokenScratch.Forget(text);
        }
    }
}
