using Wres.Core;
using Wres.Core.RollUp;

namespace Wres.Esr.Internal;

/// <summary>How rows are sent to accumulators: all to one, or by organisation (by column, or by employee once the staff are read).</summary>
internal sealed record Routing(ReportingYear Year, EqualityStandard Standard, bool ByOrganisation, EmployeeDirectory? Directory);
