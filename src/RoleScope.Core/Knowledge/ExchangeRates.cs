using System.Collections.Frozen;

namespace RoleScope.Core.Knowledge;

/// <summary>Dated table of USD per unit of currency (exchange-rates.json). The date is part of every report's provenance.</summary>
public sealed class ExchangeRates
{
    private readonly FrozenDictionary<string, decimal> _usdPerUnit;

    private readonly FrozenDictionary<string, string> _countryCurrencies;

    public ExchangeRates(string date, IReadOnlyDictionary<string, decimal> usdPerUnit, string? source = null, IReadOnlyDictionary<string, string>? countryCurrencies = null,
        IEnumerable<string>? localDollars = null, IEnumerable<string>? lowPayCurrencies = null)
    {
        Date = date;
        Source = source;
        _usdPerUnit = usdPerUnit.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _countryCurrencies = (countryCurrencies ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        LocalDollars = (localDollars ?? []).ToFrozenSet(StringComparer.Ordinal);
        LowPayCurrencies = (lowPayCurrencies ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Currencies their countries write with a bare "$" (CAD, AUD, ...): see the file's "about".</summary>
    public FrozenSet<string> LocalDollars { get; }

    /// <summary>Currencies where a year's pay can be under 5,000 USD: see the file's "about".</summary>
    public FrozenSet<string> LowPayCurrencies { get; }

    /// <summary>The one currency all of <paramref name="countries"/> use, or null when they use several or none is known.</summary>
    public string? CurrencyOf(IEnumerable<string> countries)
    {
        string? currency = null;
        foreach (var country in countries)
        {
            if (!_countryCurrencies.TryGetValue(country, out var c) || (currency is not null && currency != c))
            {
                return null;
            }
            currency = c;
        }
        return currency;
    }

    public string Date { get; }
    public string? Source { get; }
    public IEnumerable<string> Currencies => _usdPerUnit.Keys;

    public bool Knows(string currency) => _usdPerUnit.ContainsKey(currency);

    /// <summary>The amount in USD, or null when the currency is not in the table (never guessed).</summary>
    public decimal? ToUsd(decimal amount, string currency) =>
        _usdPerUnit.TryGetValue(currency, out var rate) ? amount * rate : null;

    public static ExchangeRates Load()
    {
        var file = KnowledgeResources.Load<RatesFile>("exchange-rates.json");
        if (file.Rates is null || file.About?.Date is null)
        {
            throw new InvalidDataException("exchange-rates.json needs 'rates' and 'about.date'.");
        }
        return new ExchangeRates(file.About.Date, file.Rates, file.About.Source, file.CountryCurrencies, file.LocalDollars, file.LowPayCurrencies);
    }

    private sealed record RatesFile(KnowledgeAbout? About, Dictionary<string, decimal>? Rates, Dictionary<string, string>? CountryCurrencies,
        List<string>? LocalDollars, List<string>? LowPayCurrencies);
}
