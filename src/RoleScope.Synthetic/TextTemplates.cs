using System.Collections.Immutable;

namespace RoleScope.Synthetic;

/// <summary>
/// Sentence templates for the parts of a description. Slots in braces are filled from <see cref="SlotValues"/>.
/// Templates avoid naming technologies and seniority on their own, so that every skill and level a posting states
/// comes from the plan (and its labels) rather than from boilerplate.
/// </summary>
internal static class TextTemplates
{
    public static readonly ImmutableArray<string> Blurbs =
    [
        "{company} builds {product} for {customers}.",
        "At {company}, we make {product} for {customers}.",
        "{company} is a {size}-person team building {product} for {customers}.",
        "Founded in {founded}, {company} builds {product} for {customers}.",
        "We're {company}, and we build {product} for {customers}.",
        "{company} makes {product} that {customers} rely on every day.",
    ];

    public static readonly ImmutableArray<string> BlurbFollowUps =
    [
        "We're growing quickly and care about doing the work well.",
        "Our customers stay with us for years, and we intend to keep it that way.",
        "We're a small team that ships often and talks to customers every week.",
        "We work in small, autonomous teams with a lot of trust.",
    ];

    public static readonly ImmutableArray<string> Intros =
    [
        "We're looking for {a_title} to join our {team} team.",
        "{company} is hiring {a_title}.",
        "Join us as {a_title} on the {team} team.",
        "We're hiring {a_title} to help us build what comes next for {customers}.",
        "As {a_title} at {company}, you'll work on the {team} team.",
    ];

    public static readonly ImmutableArray<string> MultiRoleIntros =
    [
        "We're growing the team and hiring for the roles above.",
        "We're hiring for several roles at once.",
        "We have a few openings across the engineering team.",
    ];

    public static readonly ImmutableArray<string> PluralIntros =
    [
        "We're hiring {title}!",
        "{company} is hiring {title}.",
        "We're looking for {title} to join us.",
    ];

    public static readonly ImmutableArray<string> OpenRolesHeadings = ["Open roles:", "We're hiring for:", "Roles:"];

    public static readonly ImmutableArray<string> DutyHeadings =
        ["What you'll do:", "What you'll work on:", "The role:", "In this role you will:", "Responsibilities:"];

    public static readonly ImmutableArray<string> DutyProseOpenings = ["In this role you'll ", "You will ", "Day to day, you'll "];

    public static readonly ImmutableArray<string> RequirementHeadings =
        ["What we're looking for:", "Requirements:", "You might be a fit if you have:", "About you:", "What you'll bring:"];

    public static readonly ImmutableArray<string> RequirementProseOpenings = ["Requirements: ", "We're looking for ", "You bring "];

    public static readonly ImmutableArray<string> ToolPhrases =
    [
        "Strong experience with {0}",
        "Production experience with {0}",
        "Hands-on experience with {0}",
        "Solid knowledge of {0}",
        "Experience with {0} in production",
        "Working knowledge of {0}",
        "Deep experience with {0}",
    ];

    public static readonly ImmutableArray<string> Fillers =
    [
        "Clear, concise written communication",
        "A habit of owning problems from start to finish",
        "Comfort working in a small team where priorities change",
        "Curiosity about how {customers} actually use {product}",
        "Good judgment about what to build now and what to leave for later",
        "Willingness to pick up whatever the team needs",
    ];

    public static readonly ImmutableArray<string> UpperFillers =
    [
        "A track record of mentoring others and leading work across teams",
        "Experience turning vague problems into clear plans",
    ];

    public static readonly ImmutableArray<string> EntryFillers =
    [
        "Eagerness to learn and to ask questions",
        "A degree in a technical field or equivalent practical experience",
    ];

    public static readonly ImmutableArray<string> YearsPlus =
    [
        "{0}+ years of experience {1}",
        "At least {0} years of experience {1}",
        "{0} or more years of professional experience {1}",
    ];

    public static readonly ImmutableArray<string> YearsRange = ["{0}-{1} years of experience {2}"];

    public static readonly ImmutableArray<string> NiceHeadings = ["Nice to have:", "Bonus points for:", "Even better if you have:"];

    public static readonly ImmutableArray<string> NiceProse =
    [
        "Bonus points for experience with {0}.",
        "Nice to have: {0}.",
        "It's a plus if you've worked with {0}.",
    ];

    public static readonly ImmutableArray<string> StackSentences =
    [
        "Our stack: {0}.",
        "Tech stack: {0}.",
        "We build with {0}.",
        "You'll work with {0}.",
        "Our stack includes {0}, and we're happy to help you learn the rest.",
    ];

    public static readonly ImmutableArray<string> BenefitHeadings = ["Benefits:", "What we offer:", "Perks:"];

    public static readonly ImmutableArray<string> UsBenefits =
    [
        "Health, dental and vision insurance",
        "401(k) with a company match",
        "Unlimited PTO that people actually take",
        "Four weeks of paid vacation",
        "Sixteen weeks of paid parental leave",
        "Meaningful equity",
        "An annual team offsite",
        "Flexible working hours",
        "Commuter benefits",
    ];

    public static readonly ImmutableArray<string> IntlBenefits =
    [
        "30 days of paid vacation",
        "Private medical insurance",
        "Pension contributions",
        "A new laptop of your choice",
        "Flexible working hours",
        "Stock options",
        "Paid parental leave beyond the legal minimum",
        "A sports card",
    ];

    public static readonly ImmutableArray<string> PaySentences =
    [
        "The base salary range for this role is {pay}.",
        "Salary: {pay}.",
        "Compensation: {pay}, plus equity and benefits.",
        "We pay {pay}, depending on experience.",
        "Pay range: {pay}. The final offer depends on level and location.",
        "Base pay: {pay} + equity.",
    ];

    public static readonly ImmutableArray<string> ContractPaySentences =
    [
        "This is a contract role at {pay}.",
        "Rate: {pay} (W2 contract).",
        "Contract, {pay}, six months with a likely extension.",
    ];

    public static readonly ImmutableArray<string> PayBenefitItems = ["Salary: {pay}", "Base pay of {pay}", "Pay: {pay}"];

    public static readonly ImmutableArray<string> Applies =
    [
        "Apply at {url}.",
        "To apply, email {email} with your CV and a note about something you've built.",
        "Send your resume to {email}. We read every application.",
        "Interested? Apply through {url} and mention where you saw this posting.",
        "Apply here: {url}",
        "We reply to every application within two weeks. Apply at {url}",
    ];
}
