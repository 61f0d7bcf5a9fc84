using System.Collections.Immutable;
using System.Text;

namespace RoleScope.Synthetic;

/// <summary>
/// Invents company names from syllables ("Velorix Health"). The syllables are chosen to make unusual words; a name may
/// by chance resemble a real one, but none is taken from a list of companies.
/// </summary>
internal static class CompanyNames
{
    private static readonly ImmutableArray<string> Starts =
        ["Ab", "Bel", "Cor", "Dav", "Eld", "Fal", "Gor", "Hel", "Ist", "Jav", "Kel", "Lor", "Mer", "Nov", "Ost", "Pel", "Quil",
         "Ros", "Sar", "Tam", "Ulv", "Ver", "Wil", "Xan", "Yel", "Zar", "Bram", "Cind", "Dril", "Fen", "Grel", "Trav", "Vox", "Quor"];

    private static readonly ImmutableArray<string> Middles = ["a", "e", "i", "o", "u", "ar", "el", "in", "or", "an", "", ""];

    private static readonly ImmutableArray<string> Ends =
        ["dex", "via", "tra", "nix", "lo", "mo", "ra", "sen", "qua", "bit", "vo", "ly", "ium", "ora", "ent", "rix", "is", "ta",
         "on", "um", "th", "mark", "wise", "stack"];

    private static readonly WeightedTable<string> Suffixes = new(
    [
        ("", 8), (" Labs", 2), (" Systems", 1.5), (" Technologies", 1), (" Health", 1), (" Analytics", 1), (" Robotics", 0.6),
        (" Software", 1), (" AI", 1), (" Bio", 0.5), (" Logistics", 0.6), (" Energy", 0.5), (" Finance", 0.6), (" Works", 0.6),
    ]);

    public static (string Name, string Slug) Invent(Random rng)
    {
        var word = rng.Pick(Starts) + rng.Pick(Middles) + rng.Pick(Ends);
        var name = word + Suffixes.Pick(rng);
        var slug = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
        }
        return (name, slug.ToString());
    }
}
