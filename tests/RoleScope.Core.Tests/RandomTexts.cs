using System.Text;

namespace RoleScope.Core.Tests;

/// <summary>
/// Seeded random texts of given words and separators, for the tests that hold a fast search to the plain pattern it stands
/// for: the words are the pattern's own pieces and their near misses, so the texts reach its branches far more often than
/// real postings do.
/// </summary>
internal static class RandomTexts
{
    /// <summary>
    /// One to <paramref name="maxWords"/> - 1 words, each followed by a separator; with <paramref name="varyCase"/>, a word is
    /// written in capitals one time in four and capitalised one time in four.
    /// </summary>
    public static string Next(Random random, string[] words, string[] separators, int maxWords, bool varyCase = false)
    {
        var text = new StringBuilder();
        for (var count = random.Next(1, maxWords); count > 0; count--)
        {
            var word = words[random.Next(words.Length)];
            text.Append(!varyCase ? word : random.Next(4) switch
            {
                0 => word.ToUpperInvariant(),
                1 when word.Length > 0 => char.ToUpperInvariant(word[0]) + word[1..],
                _ => word,
            });
            text.Append(separators[random.Next(separators.Length)]);
        }
        return text.ToString();
    }
}
