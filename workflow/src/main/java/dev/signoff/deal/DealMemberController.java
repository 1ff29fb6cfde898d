package dev.signoff.deal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the people a deal is shared with by name. */
@RestController
@RequestMapping("/api/deals/{dealId}/members")
@Tag(
    name = "Deal members",
    description = "People the deal's owner (or an admin) shares the deal with by name")
class DealMemberController {

  private final DealMembers members;

  DealMemberController(DealMembers members) {
    this.members = members;
  }

  /** Whom to add. */
  record NewMember(String user) {}

  @Operation(summary = "The people the deal is shared with by name (whoever may see the deal)")
  @GetMapping
  List<String> members(@PathVariable UUID dealId) {
    return members.members(dealId);
  }

  @Operation(
      summary = "Share the deal with a user (its owner or an admin)",
      description =
          "The user then sees the deal everywhere it shows. 404 for a deal the caller cannot see,"
              + " 403 for anyone but the owner or an admin, 422 for a user who never logged in.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  List<String> add(@PathVariable UUID dealId, @RequestBody NewMember member) {
    return members.add(dealId, member == null ? null : member.user());
  }

  @Operation(summary = "Stop sharing the deal with a user (its owner or an admin)")
  @DeleteMapping("/{user}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable UUID dealId, @PathVariable String user) {
    members.remove(dealId, user);
  }
}
