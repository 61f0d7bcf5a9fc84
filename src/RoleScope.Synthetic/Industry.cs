using System.Collections.Immutable;

namespace RoleScope.Synthetic;

/// <summary>What an invented company sells and to whom; fills the {product}, {customers} and {things} slots.</summary>
internal sealed record Industry(string Product, string Customers, string Things)
{
    public static readonly ImmutableArray<Industry> All =
    [
        new("scheduling software", "outpatient clinics", "appointment slots for patients"),
        new("a payments platform", "independent retailers", "transactions by fraud risk"),
        new("fleet telematics", "regional trucking companies", "routes by fuel cost"),
        new("carbon accounting software", "manufacturers", "suppliers by emissions"),
        new("a marketplace", "freelance translators", "translators for each job"),
        new("warehouse robots", "fulfillment centers", "pick orders by urgency"),
        new("underwriting tools", "small-business insurers", "applications by risk"),
        new("a learning platform", "nurses and care workers", "courses for each learner"),
        new("energy trading software", "utilities", "bids by expected price"),
        new("property management software", "landlords", "maintenance requests by urgency"),
        new("a tax filing app", "freelancers", "deductions by likelihood"),
        new("inventory software", "restaurants", "reorders by expected demand"),
        new("clinical trial software", "research hospitals", "trial sites by enrollment speed"),
        new("a procurement platform", "mid-sized manufacturers", "quotes by total cost"),
        new("payroll software", "construction firms", "timesheets by anomaly"),
        new("route planning tools", "delivery companies", "stops by arrival time"),
        new("a booking app", "fitness studios", "classes for each member"),
        new("document automation", "law firms", "clauses by relevance"),
        new("crop monitoring", "farms", "fields by yield risk"),
        new("a customer support platform", "online stores", "tickets by urgency"),
        new("satellite imagery analysis", "insurers", "claims by damage"),
        new("a business banking app", "small businesses", "transactions by category"),
        new("video tooling", "online educators", "clips by engagement"),
        new("charging software", "parking operators", "chargers by expected demand"),
        new("a hiring platform", "hospitals", "candidates for each shift"),
        new("maintenance software", "airlines", "parts by failure risk"),
    ];
}
