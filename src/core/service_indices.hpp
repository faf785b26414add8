#pragma once
// The real-time service indices in the spirit of QĐ 766/QĐ-TTg (requirements §11, §13.7): six
// groups, each worth some points, scored by the share of a unit's dossiers that met the group's
// measure, and a band for the total. The formulas follow what the national portal publishes; the
// points are a setting, since the portal's own may change.
#include <array>
#include <string_view>

#include "core/service_stats.hpp"

namespace motcua::core {

enum class IndexGroup {
  disclosure,
  progress,
  online_service,
  online_payment,
  satisfaction,
  digitisation
};
inline constexpr std::size_t kIndexGroupCount = 6;
inline constexpr std::array<IndexGroup, kIndexGroupCount> kIndexGroups{
    IndexGroup::disclosure,     IndexGroup::progress,     IndexGroup::online_service,
    IndexGroup::online_payment, IndexGroup::satisfaction, IndexGroup::digitisation};

std::string_view index_group_name(IndexGroup group);

// Points per group, in kIndexGroups order; they add up to 100.
using IndexPoints = std::array<int, kIndexGroupCount>;
inline constexpr IndexPoints kDefaultIndexPoints{18, 20, 12, 10, 18, 22};

enum class IndexBand { excellent, good, fair, average, weak };
std::string_view index_band_name(IndexBand band);
// ≥ 90 excellent, 75–<90 good, 50–<75 fair, 30–<50 average, below 30 weak.
IndexBand index_band(double total);

struct IndexScore {
  IndexGroup group{};
  int points = 0;
  long long met = 0;       // dossiers that met the measure
  long long measured = 0;  // dossiers the measure applies to; none: full points
  double score = 0;        // points × met / measured, rounded to two decimals
};

struct ServiceIndices {
  std::array<IndexScore, kIndexGroupCount> groups{};
  double total = 0;
  IndexBand band = IndexBand::weak;
};

// disclosure: progress published on the national portal / received; progress: resolved early or
// on time and pending in time / resolved and pending; online service: filed online / received;
// online payment: paid online / asked to pay online; satisfaction: rated 4–5 / rated;
// digitisation: papers held electronically and results issued electronically / received and
// resolved.
ServiceIndices service_indices(const OutcomeCounts& counts,
                               const IndexPoints& points = kDefaultIndexPoints);

}  // namespace motcua::core
