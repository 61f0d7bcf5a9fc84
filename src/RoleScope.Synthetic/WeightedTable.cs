using System.Collections.Immutable;

namespace RoleScope.Synthetic;

/// <summary>An immutable list of items with weights; <see cref="Pick"/> draws one in proportion to its weight.</summary>
internal sealed class WeightedTable<T>
{
    private readonly ImmutableArray<T> items;
    private readonly ImmutableArray<double> cumulative;

    public WeightedTable(IEnumerable<(T Item, double Weight)> entries)
    {
        var itemBuilder = ImmutableArray.CreateBuilder<T>();
        var sumBuilder = ImmutableArray.CreateBuilder<double>();
        var total = 0.0;
        foreach (var (item, weight) in entries)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(weight);
            if (weight == 0)
            {
                continue;
            }
            total += weight;
            itemBuilder.Add(item);
            sumBuilder.Add(total);
        }
        if (total <= 0)
        {
            throw new ArgumentException("A weighted table needs at least one positive weight.", nameof(entries));
        }
        items = itemBuilder.ToImmutable();
        cumulative = sumBuilder.ToImmutable();
        Total = total;
    }

    public ImmutableArray<T> Items => items;

    public double Total { get; }

    public T Pick(Random rng)
    {
        var x = rng.NextDouble() * Total;
        // Tables hold a few dozen entries at most, where a linear scan is as fast as a binary search.
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (x < cumulative[i])
            {
                return items[i];
            }
        }
        return items[^1];
    }
}
