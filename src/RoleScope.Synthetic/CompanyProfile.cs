namespace RoleScope.Synthetic;

/// <summary>An invented employer. Derived from (seed, company index) alone, so every posting of a company agrees on it.</summary>
internal sealed record CompanyProfile(string Name, string Slug, Industry Industry, Country HomeCountry, City HomeCity, int Size, int Founded)
{
    /// <summary>
    /// A fixed pool (not sized by the posting count) keeps posting i the same whatever the count; drawing indices
    /// with a skew gives some companies many openings and most a few.
    /// </summary>
    public const int PoolSize = 20_000;

    private const double Skew = 1.7;

    public static int PickIndex(Random rng) => Math.Min(PoolSize - 1, (int)(PoolSize * Math.Pow(rng.NextDouble(), Skew)));

    public static CompanyProfile Create(int seed, int companyIndex)
    {
        var rng = new Random(SeedMixer.Mix(seed, SeedMixer.CompanyStream, companyIndex));
        var (name, slug) = CompanyNames.Invent(rng);
        var industry = rng.Pick(Industry.All);
        var country = Places.Countries.Pick(rng);
        var city = country.CityTable.Pick(rng);
        var size = (int)Math.Round(8 * Math.Pow(250, rng.NextDouble()));
        var founded = 2008 + rng.Next(17);
        return new(name, slug, industry, country, city, size, founded);
    }

    /// <summary>The currency symbol the company's own money talk uses ("we raised a €12M Series A").</summary>
    public string MoneySymbol => HomeCountry.Currency switch
    {
        "EUR" => "\u20AC",
        "GBP" => "\u00A3",
        _ => "$",
    };
}
