package dev.signoff.ui;

import dev.signoff.checklist.Checklists;
import dev.signoff.comment.CommentThreads;
import dev.signoff.comment.MentionCandidates;
import dev.signoff.comment.Notifications;
import dev.signoff.comment.ThreadQueries;
import dev.signoff.comment.ThreadResolutions;
import dev.signoff.inbox.InboxService;
import org.springframework.stereotype.Component;

/** The services behind the comment threads, notifications and their live updates on screen. */
@Component
record CommentServices(
    CommentThreads threads,
    ThreadResolutions resolutions,
    ThreadQueries queries,
    MentionCandidates mentions,
    Notifications notifications,
    Checklists checklists,
    InboxService inbox,
    LiveViews live) {}
