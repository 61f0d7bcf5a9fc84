using System.Collections.Immutable;

namespace RoleScope.Synthetic;

/// <summary>A city postings name; <see cref="Region"/> is the US state code, empty elsewhere.</summary>
internal sealed record City(string Name, string Region, double Weight, double PayFactor = 1.0);

/// <summary>
/// A country postings may be in. <see cref="LocalPayPerUsd"/> turns a US pay level into a plausible local annual figure
/// in <see cref="Currency"/> (a generator setting, not an exchange rate); <see cref="MonthlyPay"/> countries state pay per month.
/// </summary>
internal sealed record Country(
    string Code,
    string Name,
    string Short,
    string InPhrase,
    double Weight,
    string Currency,
    double LocalPayPerUsd,
    ImmutableArray<City> Cities,
    bool MonthlyPay = false,
    bool InEu = false)
{
    public WeightedTable<City> CityTable { get; } = new(Cities.Select(c => (c, c.Weight)));

    public bool IsUs => Code == "US";

    public string CityLabel(City city, bool longForm) => IsUs
        ? (longForm ? $"{city.Name}, {city.Region}, USA" : $"{city.Name}, {city.Region}")
        : (longForm ? $"{city.Name}, {Name}" : $"{city.Name}, {Short}");
}

/// <summary>Where generated postings are: about 60% in US cities, the rest spread over Europe, Canada and India.</summary>
internal static class Places
{
    public static readonly Country UnitedStates = new("US", "United States", "US", "the US", 60, "USD", 1.0,
    [
        new("San Francisco", "CA", 12, 1.10), new("New York", "NY", 14, 1.08), new("Seattle", "WA", 7, 1.05),
        new("Austin", "TX", 7, 0.96), new("Boston", "MA", 6, 1.03), new("Los Angeles", "CA", 5, 1.02),
        new("Chicago", "IL", 5, 0.95), new("Denver", "CO", 4, 0.95), new("Atlanta", "GA", 3, 0.92),
        new("Washington", "DC", 3, 0.98), new("San Diego", "CA", 2, 0.97), new("Raleigh", "NC", 2, 0.90),
        new("Miami", "FL", 2, 0.92), new("Dallas", "TX", 3, 0.93), new("Salt Lake City", "UT", 2, 0.90),
        new("Portland", "OR", 2, 0.93), new("Pittsburgh", "PA", 2, 0.90), new("Minneapolis", "MN", 2, 0.91),
        new("Philadelphia", "PA", 2, 0.94), new("Mountain View", "CA", 2, 1.10), new("Palo Alto", "CA", 2, 1.10),
        new("San Jose", "CA", 2, 1.07),
    ]);

    public static readonly WeightedTable<Country> Countries = new(new[]
    {
        UnitedStates,
        new Country("DE", "Germany", "Germany", "Germany", 8, "EUR", 0.43,
            [new("Berlin", "", 5), new("Munich", "", 3), new("Hamburg", "", 2)], InEu: true),
        new Country("GB", "United Kingdom", "UK", "the UK", 7, "GBP", 0.44,
            [new("London", "", 6), new("Manchester", "", 1.5), new("Edinburgh", "", 1)]),
        new Country("PL", "Poland", "Poland", "Poland", 5, "PLN", 1.54,
            [new("Warsaw", "", 4), new("Kraków", "", 2), new("Krakow", "", 1), new("Wrocław", "", 2), new("Gdańsk", "", 1)],
            MonthlyPay: true, InEu: true),
        new Country("CA", "Canada", "Canada", "Canada", 5, "CAD", 0.87,
            [new("Toronto", "", 4), new("Vancouver", "", 3), new("Montreal", "", 2)]),
        new Country("NL", "Netherlands", "NL", "the Netherlands", 3, "EUR", 0.43,
            [new("Amsterdam", "", 4), new("Rotterdam", "", 1), new("Utrecht", "", 1)], InEu: true),
        new Country("PT", "Portugal", "Portugal", "Portugal", 3, "EUR", 0.276,
            [new("Lisbon", "", 3), new("Porto", "", 2)], InEu: true),
        new Country("IN", "India", "India", "India", 4, "INR", 19.5,
            [new("Bengaluru", "", 4), new("Hyderabad", "", 2), new("Pune", "", 2)]),
        new Country("ES", "Spain", "Spain", "Spain", 2, "EUR", 0.28,
            [new("Barcelona", "", 2), new("Madrid", "", 2)], InEu: true),
        new Country("FR", "France", "France", "France", 1.5, "EUR", 0.345,
            [new("Paris", "", 3), new("Lyon", "", 1)], InEu: true),
        new Country("IE", "Ireland", "Ireland", "Ireland", 1, "EUR", 0.47, [new("Dublin", "", 1)], InEu: true),
        new Country("SE", "Sweden", "Sweden", "Sweden", 0.5, "SEK", 4.29, [new("Stockholm", "", 1)], MonthlyPay: true, InEu: true),
        new Country("CH", "Switzerland", "Switzerland", "Switzerland", 0.5, "CHF", 0.68, [new("Zurich", "", 1)]),
    }.Select(c => (c, c.Weight)));
}
