#pragma once
// Tells the other nodes on the same database that data they may hold in memory (the anonymous page
// cache) changed. A node that hears nothing still drops what it keeps after its time to live, so a
// lost announcement only delays a change, never hides it for good.
namespace motcua::app {

class ChangeFeed {
 public:
  virtual ~ChangeFeed() = default;
  // Called after a write; cheap and never blocking: announcements may be coalesced.
  virtual void announce() = 0;
};

}  // namespace motcua::app
