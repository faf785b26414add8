#include "core/event_chain.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace motcua::core {
namespace {

using enum Status;

// 2026-11-23 09:30 in Hà Nội.
const Instant kStart{std::chrono::seconds{1795401000}};

struct Step {
  std::string action;
  Status from;
  Status to;
  std::string comment;
};

// Builds a sealed log from the steps, an hour apart.
std::vector<DossierEvent> sealed_log(const std::vector<Step>& steps) {
  std::vector<DossierEvent> events;
  for (const auto& step : steps) {
    DossierEvent event;
    event.seq = static_cast<long long>(events.size()) + 1;
    event.at = kStart + std::chrono::hours{event.seq};
    event.actor =
        step.action == "submit" || step.action == "answer-supplement" ? "nguyenvana" : "canbo1";
    event.action = step.action;
    event.from = step.from;
    event.to = step.to;
    event.comment = step.comment;
    event.payload = "{}";
    seal_event(event, events.empty() ? nullptr : &events.back());
    events.push_back(event);
  }
  return events;
}

// An online dossier through every kind of step, supplement during appraisal included.
std::vector<Step> online_journey() {
  return {
      {"create", draft, draft, ""},
      {"submit", draft, submitted, ""},
      {"receive", submitted, received, "Đủ hồ sơ"},
      {"forward", received, processing, ""},
      {"request-supplement", processing, supplement_requested, "Thiếu bản sao giấy khai sinh"},
      {"answer-supplement", supplement_requested, processing, "Đã bổ sung"},
      {"apologize", processing, processing, "Chờ xác minh"},
      {"request-payment", processing, payment_requested, ""},
      {"record-payment", payment_requested, processing, ""},
      {"forward", processing, processing, "Trình lãnh đạo"},
      {"approve", processing, resolved, ""},
      {"return-result", resolved, returned, ""},
  };
}

void reseal_from(std::vector<DossierEvent>& events, std::size_t index) {
  for (std::size_t i = index; i < events.size(); ++i) {
    seal_event(events[i], i == 0 ? nullptr : &events[i - 1]);
  }
}

TEST(EventChain, HashPinsTheCanonicalForm) {
  // Stored hashes must stay verifiable across releases: this value is the SHA-256 of
  // "15:motcua-event-v1;1:1;25:2026-11-23T09:30:00+07:00;10:nguyenvana;6:submit;1:0;1:1;"
  // "18:Nộp trực tuyến;13:{\"form\":\"01\"};64:000…000;".
  DossierEvent event;
  event.seq = 1;
  event.at = kStart;
  event.actor = "nguyenvana";
  event.action = "submit";
  event.from = draft;
  event.to = submitted;
  event.comment = "Nộp trực tuyến";
  event.payload = R"({"form":"01"})";
  event.prev_hash = kGenesisHash;
  EXPECT_EQ(compute_event_hash(event),
            "35291d15a7cf0d5700d6cb0e55ac32d093d4c0bace48771a2c436262e96346bf");
}

TEST(EventChain, EveryFieldIsCovered) {
  DossierEvent base;
  base.seq = 3;
  base.at = kStart;
  base.actor = "canbo1";
  base.action = "receive";
  base.from = submitted;
  base.to = received;
  base.comment = "ok";
  base.payload = "{}";
  base.prev_hash = std::string(64, 'a');
  const std::string original = compute_event_hash(base);
  EXPECT_EQ(original.size(), 64u);
  EXPECT_EQ(compute_event_hash(base), original);  // deterministic

  std::vector<DossierEvent> variants(9, base);
  variants[0].seq = 4;
  variants[1].at += std::chrono::seconds{1};
  variants[2].actor = "canbo2";
  variants[3].action = "refuse";
  variants[4].from = processing;
  variants[5].to = refused;
  variants[6].comment = "ok.";
  variants[7].payload = R"({"a":1})";
  variants[8].prev_hash = std::string(64, 'b');
  for (std::size_t i = 0; i < variants.size(); ++i) {
    EXPECT_NE(compute_event_hash(variants[i]), original) << "field " << i;
  }
  // The stored hash itself is not an input.
  auto with_hash = base;
  with_hash.hash = "anything";
  EXPECT_EQ(compute_event_hash(with_hash), original);
}

TEST(EventChain, FieldBoundariesAreUnambiguous) {
  DossierEvent a;
  a.actor = "ab";
  a.action = "c";
  DossierEvent b;
  b.actor = "a";
  b.action = "bc";
  EXPECT_NE(compute_event_hash(a), compute_event_hash(b));
  DossierEvent c;
  c.comment = "x;1:y";
  DossierEvent d;
  d.comment = "x";
  d.payload = "y";
  EXPECT_NE(compute_event_hash(c), compute_event_hash(d));
}

TEST(EventChain, SealLinksToThePreviousEvent) {
  const auto events = sealed_log(online_journey());
  EXPECT_EQ(events.front().prev_hash, kGenesisHash);
  for (std::size_t i = 1; i < events.size(); ++i) {
    EXPECT_EQ(events[i].prev_hash, events[i - 1].hash);
    EXPECT_EQ(events[i].hash, compute_event_hash(events[i]));
  }
}

TEST(EventChain, IntactChainVerifies) {
  EXPECT_FALSE(verify_chain(sealed_log(online_journey())));
  EXPECT_FALSE(verify_chain({}));
}

TEST(EventChain, EditedCommentIsDetected) {
  auto events = sealed_log(online_journey());
  events[4].comment = "Không thiếu gì";
  const auto broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 5);
  EXPECT_EQ(broken->reason, "hash mismatch");
}

TEST(EventChain, EditedAndResealedEventBreaksTheNextLink) {
  auto events = sealed_log(online_journey());
  events[4].comment = "Không thiếu gì";
  events[4].hash = compute_event_hash(events[4]);
  const auto broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 6);
  EXPECT_EQ(broken->reason, "prev_hash mismatch");
}

TEST(EventChain, DeletedEventIsDetected) {
  auto events = sealed_log(online_journey());
  events.erase(events.begin() + 6);
  const auto broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 8);
  EXPECT_NE(broken->reason.find("sequence"), std::string::npos);
}

TEST(EventChain, DeletedAndRenumberedEventIsDetected) {
  auto events = sealed_log(online_journey());
  events.erase(events.begin() + 6);
  for (std::size_t i = 6; i < events.size(); ++i) {
    events[i].seq = static_cast<long long>(i) + 1;
    events[i].hash = compute_event_hash(events[i]);
  }
  const auto broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 7);
  EXPECT_EQ(broken->reason, "prev_hash mismatch");
}

TEST(EventChain, DeletedFirstEventIsDetected) {
  auto events = sealed_log(online_journey());
  events.erase(events.begin());
  const auto broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 2);
}

TEST(EventChain, ReorderedEventsAreDetected) {
  auto events = sealed_log(online_journey());
  std::swap(events[7], events[8]);
  auto broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 9);
  // Swapping the sequence numbers back does not help: the links no longer match.
  std::swap(events[7].seq, events[8].seq);
  broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 8);
}

TEST(EventChain, ForgedGenesisIsDetected) {
  auto events = sealed_log(online_journey());
  events[0].prev_hash = std::string(64, '1');
  events[0].hash = compute_event_hash(events[0]);
  const auto broken = verify_chain(events);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->seq, 1);
  EXPECT_EQ(broken->reason, "prev_hash mismatch");
}

TEST(Replay, LegalOnlineLog) {
  const auto state = replay(sealed_log(online_journey()));
  ASSERT_TRUE(state);
  EXPECT_EQ(state->status, returned);
  EXPECT_TRUE(state->apologized);
  EXPECT_FALSE(state->resume_status);
}

TEST(Replay, EachPrefixEndsInItsLastStatus) {
  const auto steps = online_journey();
  for (std::size_t n = 1; n <= steps.size(); ++n) {
    const auto state = replay(sealed_log({steps.begin(), steps.begin() + n}));
    ASSERT_TRUE(state) << n;
    EXPECT_EQ(state->status, steps[n - 1].to) << n;
  }
}

TEST(Replay, CounterIntakeLog) {
  const auto state = replay(sealed_log({
      {"intake", draft, received, ""},
      {"request-supplement", received, supplement_requested, ""},
  }));
  ASSERT_TRUE(state);
  EXPECT_EQ(state->status, supplement_requested);
  EXPECT_EQ(state->resume_status, received);
}

TEST(Replay, WorkflowStepsEndInResolvedOnlyByCompletion) {
  const auto state = replay(sealed_log({
      {"intake", draft, received, ""},
      {"complete-step", received, processing, ""},
      {"recall", processing, processing, ""},
      {"send-back", processing, processing, ""},
      {"complete-step", processing, resolved, ""},
  }));
  ASSERT_TRUE(state);
  EXPECT_EQ(state->status, resolved);
  EXPECT_FALSE(replay(sealed_log({{"intake", draft, received, ""},
                                  {"complete-step", received, processing, ""},
                                  {"send-back", processing, resolved, ""}})));
}

TEST(Replay, SupplementAtReceptionReturnsToSubmitted) {
  const auto state = replay(sealed_log({
      {"create", draft, draft, ""},
      {"submit", draft, submitted, ""},
      {"request-supplement", submitted, supplement_requested, ""},
      {"answer-supplement", supplement_requested, submitted, ""},
      {"refuse", submitted, refused, ""},
  }));
  ASSERT_TRUE(state);
  EXPECT_EQ(state->status, refused);
}

TEST(Replay, IllegalLogsAreRejected) {
  const std::vector<std::pair<std::string, std::vector<Step>>> cases{
      {"skips reception",
       {{"create", draft, draft, ""},
        {"submit", draft, submitted, ""},
        {"approve", submitted, resolved, ""}}},
      {"from does not match the current status",
       {{"create", draft, draft, ""},
        {"submit", draft, submitted, ""},
        {"forward", received, processing, ""}}},
      {"wrong target", {{"create", draft, draft, ""}, {"submit", draft, received, ""}}},
      {"answer returns to the wrong status",
       {{"create", draft, draft, ""},
        {"submit", draft, submitted, ""},
        {"request-supplement", submitted, supplement_requested, ""},
        {"answer-supplement", supplement_requested, processing, ""}}},
      {"unknown action", {{"create", draft, draft, ""}, {"publish", draft, submitted, ""}}},
      {"create twice", {{"create", draft, draft, ""}, {"create", draft, draft, ""}}},
      {"does not open with create or intake", {{"submit", draft, submitted, ""}}},
      {"create that changes status", {{"create", draft, submitted, ""}}},
      {"intake to the wrong status", {{"intake", draft, submitted, ""}}},
      {"moves after the end",
       {{"intake", draft, received, ""},
        {"forward", received, processing, ""},
        {"stop", processing, stopped, ""},
        {"forward", stopped, processing, ""}}},
  };
  for (const auto& [name, steps] : cases) {
    EXPECT_FALSE(replay(sealed_log(steps))) << name;
  }
  EXPECT_FALSE(replay({}));
}

// "Once" is a handling rule of the day the event was written (core/handling_rules), checked then:
// a log with a second apology or a second request for papers replays.
TEST(Replay, RepeatsTheRulesOfTheirDayAllowedReplay) {
  const auto replayed =
      replay(sealed_log({{"intake", draft, received, ""},
                         {"forward", received, processing, ""},
                         {"apologize", processing, processing, ""},
                         {"apologize", processing, processing, ""},
                         {"request-supplement", processing, supplement_requested, ""},
                         {"answer-supplement", supplement_requested, processing, ""},
                         {"request-supplement", processing, supplement_requested, ""}}));
  ASSERT_TRUE(replayed);
  EXPECT_EQ(replayed->status, supplement_requested);
}

TEST(Replay, IgnoresRolesButNotStatuses) {
  // Events carry no role, so a log is judged on statuses alone: the same log with any actor
  // replays.
  auto events =
      sealed_log({{"intake", draft, received, ""}, {"forward", received, processing, ""}});
  events[1].actor = "nguyenvana";
  reseal_from(events, 1);
  EXPECT_TRUE(replay(events));
}

}  // namespace
}  // namespace motcua::core
