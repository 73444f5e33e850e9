// Generated from the node's OpenAPI document by `npm run api:generate`. Do not edit.
export interface paths {
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agencies in the directory */
        get: operations["listAgencies"];
        put?: never;
        /** Add an agency */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an agency */
        patch: operations["updateAgency"];
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the audit log, newest first, with filters */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as CSV, labelled in the chosen language (at most 100,000 rows, newest first) */
        get: operations["getAuditExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain and report the first broken row */
        get: operations["getAuditVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actions, subject types and actors that occur in the log, for filter lists */
        get: operations["getAuditVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clearances/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a clearance or its QR code against the keys this node knows; no sign-in needed */
        post: operations["verifyClearance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/code-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bilingual code lists */
        get: operations["listCodeLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts in the directory, a page at a time */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a contact */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/contacts/{id}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the contact inactive */
        post: operations["createContactDeactivation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed envelopes and receipts for the contact (also after its withdrawal), verifiable offline */
        get: operations["getContactEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery to each party (with receipts), where the contact came from, or its withdrawal */
        get: operations["getContactExchange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the contact active again */
        post: operations["createContactReactivation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the contact details are current */
        post: operations["createContactVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the contact from every party it was released to; their nodes purge it */
        post: operations["createContactWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts as CSV, labelled in the chosen language */
        get: operations["getContactExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's signed statement of its chains with the calling peer (signed request) */
        get: operations["listExchangeHeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive signed envelopes from a peer node (authenticated by their signatures) */
        post: operations["receiveEnvelopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's party and public keys, for peering */
        get: operations["getExchangeNode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/node-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate this node's signing key (peers are told, signed with the old key) */
        post: operations["createExchangeNodeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catch-up: envelopes for the calling peer after a sequence number (signed request) */
        get: operations["getExchangeOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this node accepted from the calling peer after a sequence number, with its receipts: a peer restored from an old backup takes back its own records (signed request) */
        get: operations["getExchangeReceived"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the node and its database are up, with their versions */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name, language or time zone */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change my password (the current one is needed) */
        put: operations["replaceMePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start enrolling an authenticator app */
        post: operations["createMeTotp"];
        /** Turn off my authenticator app (the password is needed) */
        delete: operations["deleteMeTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the authenticator app with a code; the recovery codes, shown once */
        post: operations["createMeTotpConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly figures per direction: sent, received, answered on time, median time to answer, objections, stopped shipments */
        get: operations["listNotificationFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-figures.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures as CSV */
        get: operations["getNotificationFiguresCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-phrases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The standard phrases (by code, in English and Chinese) that requests for information, objections, conditions, withdrawals and export decisions are chosen from: this node's copy */
        get: operations["listNotificationPhrases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-reply-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each party’s reply period as an importer */
        get: operations["listNotificationReplyPeriods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-reply-periods/{party}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set this party's reply period as an importer (administrators, in person) */
        put: operations["replaceNotificationReplyPeriod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-signing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether each party requires a second person for its clearances and objections of controlled lines (on unless set) */
        get: operations["listNotificationSigningRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-signing-rules/{party}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set whether a supervisor who did not prepare it signs each of this party's clearances and objections of controlled lines (administrators, in person) */
        put: operations["replaceNotificationSigningRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox and outbox of pre-export notifications */
        get: operations["listNotifications"];
        put?: never;
        /** Draft a notification; every line is screened. With Idempotency-Key, a repeated request returns the first draft (200). */
        post: operations["createNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notification with its lines, both screenings and the timeline (reads of AMBER and RED ones are audited) */
        get: operations["getNotification"];
        /** Replace a draft (screened again) */
        put: operations["replaceNotification"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a document (PDF, PNG or JPEG, at most 4 MiB, 5 per notification) with a draft or with requested information; the body is the file */
        post: operations["createNotificationAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document filed with the notification */
        get: operations["getNotificationAttachment"];
        put?: never;
        post?: never;
        /** Remove a document from a draft */
        delete: operations["deleteNotificationAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/clearance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed clearance or objection, with the key that verifies it offline */
        get: operations["getNotificationClearance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/clearance.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed clearance or objection as a printable PDF with its QR code */
        get: operations["getNotificationClearancePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The export decision: authorised, suspended, refused, shipped or seized */
        post: operations["createNotificationDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node's record of the notification at the other party: queued, delivered (with the receipt) or failed */
        get: operations["getNotificationDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The exporter gives the information the importer asked for; the importer’s clock starts again */
        post: operations["createNotificationInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The importer's reply: acknowledge, request-info, clear or object (clear and object are signed). Where the party requires a second person and a line is controlled here, clear and object are prepared (202) for a supervisor to sign */
        post: operations["createNotificationReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A supervisor sends a prepared clearance or objection back, saying why */
        post: operations["returnNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A supervisor other than the drafter reviews lines screening flagged (four eyes) */
        post: operations["reviewNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen again and send to the importing party */
        post: operations["sendNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A supervisor who did not prepare it signs the prepared clearance or objection; it is then signed by the node and sent */
        post: operations["signNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a sent notification (the importer keeps it as withdrawn) */
        post: operations["withdrawNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import notifications as drafts from CSV (one row per chemical line, grouped by ref; at most 500 rows, 1 MiB); a row-by-row report */
        post: operations["importNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parties in the directory */
        get: operations["listParties"];
        put?: never;
        /** Add a party */
        post: operations["createParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a party */
        patch: operations["updateParty"];
        trace?: never;
    };
    "/api/v1/peers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Peer nodes this node exchanges with */
        get: operations["listPeers"];
        put?: never;
        /** Add a peer node with its public key */
        post: operations["createPeer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peers/{party}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One peer node */
        get: operations["getPeer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a peer node’s address, or turn it on or off */
        patch: operations["updatePeer"];
        trace?: never;
    };
    "/api/v1/peers/{party}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a public key of a peer node */
        post: operations["createPeerKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peers/{party}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver to the peer now and catch up from it; answers 202 while the pass goes on or another process delivers */
        post: operations["syncPeer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peers/{party}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare both chains and every receipt with the peer */
        get: operations["getPeerVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen up to 200 declared lines now, as of a date */
        post: operations["createScreeningCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My screenings, newest first */
        get: operations["listScreenings"];
        put?: never;
        /** Screen a manifest (CSV, XLSX or JSON lines, up to 20 MiB) as a background job */
        post: operations["createScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A screening with its progress */
        get: operations["getScreening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results as CSV (in the chosen language) or a JSON array */
        get: operations["listScreeningResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["getSession"];
        put?: never;
        /** Sign in */
        post: operations["createSession"];
        /** Sign out */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/substances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the controlled-substance registry */
        get: operations["listSubstances"];
        put?: never;
        /** Add a substance to this node’s registry (administrators) */
        post: operations["createSubstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/substances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One substance with its controls (as of a date) */
        get: operations["getSubstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/substances/{id}/controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a national control with its effective dates (administrators) */
        post: operations["createSubstanceControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/substances/{id}/controls/{controlId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Amend or end a national control (administrators) */
        patch: operations["updateSubstanceControl"];
        trace?: never;
    };
    "/api/v1/substances/{id}/structure.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The structure drawn as SVG */
        get: operations["getSubstanceStructureSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/substances/export-licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export-licence requirements (a licence to export listed substances to some destinations), with their sources */
        get: operations["listSubstanceExportLicences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/substances/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Control lists with their English and Chinese names */
        get: operations["listSubstanceLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens (never their secrets) */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token; its secret is shown once */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["deleteToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/translations/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's free text: each field's original (language, hash) and its translations, with who made them, when, of which version (stale or not), and machine translations in flight */
        get: operations["getTranslation"];
        /** Add or correct a person's translation of one field, of the version of the original given by sourceHash (409 translation-stale when it changed since) */
        put: operations["replaceTranslation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/translations/{kind}/{id}/machine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Machine-translate fields with the node's own translation service, as background jobs (202); 409 translation-unavailable when none is configured */
        post: operations["requestMachineTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** User accounts, a page at a time */
        get: operations["listUsers"];
        put?: never;
        /** Create a user account */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user account */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a new password (administrator) */
        put: operations["replaceUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wildlife/species": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up species in the bundled CITES checklist */
        get: operations["listWildlifeSpecies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wildlife/trade-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CITES trade-term codes (the form a specimen is in) */
        get: operations["listWildlifeTradeTerms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details (application/problem+json) */
        Problem: {
            detail: string;
            /** @description every validation issue, not just the first */
            errors?: {
                /** @description the rule broken, for a client to say it in its reader’s language */
                code?: string;
                /** @description in English, for API users */
                message: string;
                params?: {
                    [key: string]: string | number;
                };
                /** @description where: `body/lines/0/casNumber`, `querystring/page`, `headers/idempotency-key` */
                path: string;
            }[];
            /** @description the path the problem happened at, without the query */
            instance: string;
            requestId: string;
            status: number;
            title: string;
            /** @description a stable URI whose last segment names the problem, e.g. …/problems/validation */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgencies: {
        parameters: {
            query?: {
                includeInactive?: "true" | "false";
                party?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acronym: string;
                            id: string;
                            isActive: boolean;
                            /** @enum {string} */
                            kind: "police" | "customs" | "regulator" | "ministry" | "other";
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acronym: string;
                    /** @enum {string} */
                    kind: "police" | "customs" | "regulator" | "ministry" | "other";
                    nameEn: string;
                    nameZh: string;
                    partyCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acronym: string;
                        id: string;
                        isActive: boolean;
                        /** @enum {string} */
                        kind: "police" | "customs" | "regulator" | "ministry" | "other";
                        nameEn: string;
                        nameZh: string;
                        partyCode: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acronym: string;
                        id: string;
                        isActive: boolean;
                        /** @enum {string} */
                        kind: "police" | "customs" | "regulator" | "ministry" | "other";
                        nameEn: string;
                        nameZh: string;
                        partyCode: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acronym?: string;
                    isActive?: boolean;
                    /** @enum {string} */
                    kind?: "police" | "customs" | "regulator" | "ministry" | "other";
                    nameEn?: string;
                    nameZh?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acronym: string;
                        id: string;
                        isActive: boolean;
                        /** @enum {string} */
                        kind: "police" | "customs" | "regulator" | "ministry" | "other";
                        nameEn: string;
                        nameZh: string;
                        partyCode: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description an actor without a user id: 'system', 'exchange', 'exchange:<party>' or 'unknown-user:<digest>' (a sign-in under a name no account has) */
                actorLabel?: string;
                from?: string;
                /** @description names of subjects named in both languages; the caller's own language when absent */
                lang?: "en" | "zh-CN";
                page?: number;
                pageSize?: number;
                subjectId?: string;
                subjectType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorId: string | null;
                            /**
                             * @description node: this node itself; exchange: its exchange service; peer: a peer node (actorName is its party); unknown: a sign-in under a name no account has (actorName is a digest of the name)
                             * @enum {string}
                             */
                            actorKind: "user" | "token" | "node" | "exchange" | "peer" | "unknown" | "other";
                            actorLabel: string;
                            /** @description a user's display name, a token's name, a peer's party code or, for an unknown user name, its digest */
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            change: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            requestId: string | null;
                            seq: number;
                            subjectId: string;
                            /** @description what people call the subject (a reference, a name); null when unknown */
                            subjectLabel: string | null;
                            /** @description the web app's page for the subject, if it has one */
                            subjectPath: string | null;
                            subjectType: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditExport: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description an actor without a user id: 'system', 'exchange', 'exchange:<party>' or 'unknown-user:<digest>' (a sign-in under a name no account has) */
                actorLabel?: string;
                from?: string;
                /** @description names of subjects named in both languages; the caller's own language when absent */
                lang?: "en" | "zh-CN";
                subjectId?: string;
                subjectType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checked: number;
                        headHash: string;
                        /** @enum {boolean} */
                        ok: true;
                    } | {
                        brokenAt: number;
                        checked: number;
                        /** @enum {boolean} */
                        ok: false;
                        reason: string;
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditVocabulary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description action codes that occur in the log */
                        actions: string[];
                        actors: {
                            actorId: string | null;
                            /**
                             * @description node: this node itself; exchange: its exchange service; peer: a peer node (actorName is its party); unknown: a sign-in under a name no account has (actorName is a digest of the name)
                             * @enum {string}
                             */
                            actorKind: "user" | "token" | "node" | "exchange" | "peer" | "unknown" | "other";
                            actorLabel: string | null;
                            actorName: string;
                        }[];
                        /** @description subject types that occur in the log */
                        subjectTypes: string[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyClearance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the clearance document, to check that a QR code belongs to it */
                    document?: {
                        /** @description the conditions or objection reasons as standard phrase codes (data/notification-phrases.json) */
                        codes?: string[];
                        decidedAt: string;
                        decidedBy: {
                            agency: string;
                            name: string;
                        };
                        /** @enum {string} */
                        decision: "cleared" | "objected";
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exportingParty: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importingParty: string;
                        lines: {
                            cas: string | null;
                            declaredName: string;
                            hsCode: string | null;
                            position: number;
                            quantity: string;
                            unit: string;
                        }[];
                        notificationId: string;
                        notificationVersion: number;
                        reason: string | null;
                        reference: string;
                        shipmentDate: string;
                        /** @enum {string} */
                        type: "clearance";
                        /** @enum {number} */
                        v: 1;
                    };
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description this node's current record of the notification, when it holds it */
                        current: {
                            decision: string | null;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        } | null;
                        document: {
                            /** @description the conditions or objection reasons as standard phrase codes (data/notification-phrases.json) */
                            codes?: string[];
                            decidedAt: string;
                            decidedBy: {
                                agency: string;
                                name: string;
                            };
                            /** @enum {string} */
                            decision: "cleared" | "objected";
                            exporter: {
                                address: string;
                                licence: string | null;
                                name: string;
                            };
                            exportingParty: string;
                            importer: {
                                address: string;
                                licence: string | null;
                                name: string;
                            };
                            importingParty: string;
                            lines: {
                                cas: string | null;
                                declaredName: string;
                                hsCode: string | null;
                                position: number;
                                quantity: string;
                                unit: string;
                            }[];
                            notificationId: string;
                            notificationVersion: number;
                            reason: string | null;
                            reference: string;
                            shipmentDate: string;
                            /** @enum {string} */
                            type: "clearance";
                            /** @enum {number} */
                            v: 1;
                        } | null;
                        issuer: {
                            fingerprint: string | null;
                            kid: string | null;
                            party: string | null;
                        };
                        kind: ("document" | "qr") | null;
                        /** @description the parties this node knows, so that the page names them as every other page does */
                        parties: {
                            code: string;
                            nameEn: string;
                            nameZh: string;
                        }[];
                        problem: string | null;
                        summary: {
                            at: string;
                            /** @enum {string} */
                            d: "cleared" | "objected";
                            exp: string;
                            h: string;
                            imp: string;
                            ref: string;
                            /** @enum {number} */
                            v: 1;
                        } | null;
                        valid: boolean;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCodeLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyKinds: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                        channelKinds: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                        contactKinds: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                        coverage: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                        handling: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                        languages: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                        roles: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                        topics: {
                            code: string;
                            en: string;
                            "zh-CN": string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                agencyId?: string;
                coverage?: "24x7" | "hours";
                includeInactive?: "true" | "false";
                language?: "en" | "zh" | "es" | "fr" | "ru" | "ar" | "pt" | "vi" | "th" | "ko" | "ja" | "hi";
                page?: number;
                pageSize?: number;
                party?: string;
                q?: string;
                stale?: "true" | "false";
                topic?: "synthetic-drugs" | "precursor-chemicals" | "chemical-export-control" | "traveller-notices" | "wildlife-trafficking" | "illicit-finance" | "general-liaison";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agency: {
                                acronym: string;
                                nameEn: string;
                                nameZh: string;
                                partyCode: string;
                            };
                            agencyId: string;
                            canEdit: boolean;
                            channels: {
                                /** @enum {string} */
                                kind: "phone" | "email" | "secure-messaging";
                                label?: string;
                                value: string;
                            }[];
                            /** @enum {string} */
                            coverage: "24x7" | "hours";
                            /** Format: date-time */
                            createdAt: string;
                            handling: string;
                            hours: {
                                days: number[];
                                end: string;
                                start: string;
                                timeZone: string;
                            } | null;
                            id: string;
                            isActive: boolean;
                            isStale: boolean;
                            /** @enum {string} */
                            kind: "person" | "desk";
                            language: string;
                            languages: string[];
                            name: string;
                            nameZh: string | null;
                            notes: string | null;
                            originParty: string;
                            releasableTo: string[];
                            title: string | null;
                            topics: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedAt: string | null;
                            verifiedBy: {
                                displayName: string;
                                displayNameZh: string | null;
                                id: string | null;
                            } | null;
                            version: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agencyId: string;
                    channels: {
                        /** @enum {string} */
                        kind: "phone" | "email" | "secure-messaging";
                        label?: string;
                        value: string;
                    }[];
                    /** @enum {string} */
                    coverage: "24x7" | "hours";
                    hours?: {
                        days: number[];
                        end: string;
                        start: string;
                        timeZone: string;
                    } | null;
                    /** @enum {string} */
                    kind: "person" | "desk";
                    /** @enum {string} */
                    language: "en" | "zh";
                    languages: ("en" | "zh" | "es" | "fr" | "ru" | "ar" | "pt" | "vi" | "th" | "ko" | "ja" | "hi")[];
                    name: string;
                    nameZh?: string | null;
                    notes?: string | null;
                    /** @default [] */
                    releasableTo?: string[];
                    title?: string | null;
                    topics: ("synthetic-drugs" | "precursor-chemicals" | "chemical-export-control" | "traveller-notices" | "wildlife-trafficking" | "illicit-finance" | "general-liaison")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        agencyId: string;
                        canEdit: boolean;
                        channels: {
                            /** @enum {string} */
                            kind: "phone" | "email" | "secure-messaging";
                            label?: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        coverage: "24x7" | "hours";
                        /** Format: date-time */
                        createdAt: string;
                        handling: string;
                        hours: {
                            days: number[];
                            end: string;
                            start: string;
                            timeZone: string;
                        } | null;
                        id: string;
                        isActive: boolean;
                        isStale: boolean;
                        /** @enum {string} */
                        kind: "person" | "desk";
                        language: string;
                        languages: string[];
                        name: string;
                        nameZh: string | null;
                        notes: string | null;
                        originParty: string;
                        releasableTo: string[];
                        title: string | null;
                        topics: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        verifiedAt: string | null;
                        verifiedBy: {
                            displayName: string;
                            displayNameZh: string | null;
                            id: string | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        agencyId: string;
                        canEdit: boolean;
                        channels: {
                            /** @enum {string} */
                            kind: "phone" | "email" | "secure-messaging";
                            label?: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        coverage: "24x7" | "hours";
                        /** Format: date-time */
                        createdAt: string;
                        handling: string;
                        hours: {
                            days: number[];
                            end: string;
                            start: string;
                            timeZone: string;
                        } | null;
                        id: string;
                        isActive: boolean;
                        isStale: boolean;
                        /** @enum {string} */
                        kind: "person" | "desk";
                        language: string;
                        languages: string[];
                        name: string;
                        nameZh: string | null;
                        notes: string | null;
                        originParty: string;
                        releasableTo: string[];
                        title: string | null;
                        topics: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        verifiedAt: string | null;
                        verifiedBy: {
                            displayName: string;
                            displayNameZh: string | null;
                            id: string | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agencyId?: string;
                    channels?: {
                        /** @enum {string} */
                        kind: "phone" | "email" | "secure-messaging";
                        label?: string;
                        value: string;
                    }[];
                    /** @enum {string} */
                    coverage?: "24x7" | "hours";
                    hours?: {
                        days: number[];
                        end: string;
                        start: string;
                        timeZone: string;
                    } | null;
                    /** @enum {string} */
                    kind?: "person" | "desk";
                    /** @enum {string} */
                    language?: "en" | "zh";
                    languages?: ("en" | "zh" | "es" | "fr" | "ru" | "ar" | "pt" | "vi" | "th" | "ko" | "ja" | "hi")[];
                    name?: string;
                    nameZh?: string | null;
                    notes?: string | null;
                    releasableTo?: string[];
                    title?: string | null;
                    topics?: ("synthetic-drugs" | "precursor-chemicals" | "chemical-export-control" | "traveller-notices" | "wildlife-trafficking" | "illicit-finance" | "general-liaison")[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        agencyId: string;
                        canEdit: boolean;
                        channels: {
                            /** @enum {string} */
                            kind: "phone" | "email" | "secure-messaging";
                            label?: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        coverage: "24x7" | "hours";
                        /** Format: date-time */
                        createdAt: string;
                        handling: string;
                        hours: {
                            days: number[];
                            end: string;
                            start: string;
                            timeZone: string;
                        } | null;
                        id: string;
                        isActive: boolean;
                        isStale: boolean;
                        /** @enum {string} */
                        kind: "person" | "desk";
                        language: string;
                        languages: string[];
                        name: string;
                        nameZh: string | null;
                        notes: string | null;
                        originParty: string;
                        releasableTo: string[];
                        title: string | null;
                        topics: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        verifiedAt: string | null;
                        verifiedBy: {
                            displayName: string;
                            displayNameZh: string | null;
                            id: string | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContactDeactivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        agencyId: string;
                        canEdit: boolean;
                        channels: {
                            /** @enum {string} */
                            kind: "phone" | "email" | "secure-messaging";
                            label?: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        coverage: "24x7" | "hours";
                        /** Format: date-time */
                        createdAt: string;
                        handling: string;
                        hours: {
                            days: number[];
                            end: string;
                            start: string;
                            timeZone: string;
                        } | null;
                        id: string;
                        isActive: boolean;
                        isStale: boolean;
                        /** @enum {string} */
                        kind: "person" | "desk";
                        language: string;
                        languages: string[];
                        name: string;
                        nameZh: string | null;
                        notes: string | null;
                        originParty: string;
                        releasableTo: string[];
                        title: string | null;
                        topics: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        verifiedAt: string | null;
                        verifiedBy: {
                            displayName: string;
                            displayNameZh: string | null;
                            id: string | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContactEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "counterpart-evidence/1";
                        generatedAt: string;
                        generatedBy: string;
                        items: {
                            envelope: string | null;
                            from: string;
                            hash: string;
                            receipt: string | null;
                            seq: number;
                            to: string;
                        }[];
                        keys: {
                            [key: string]: {
                                kid: string;
                                publicKey: string;
                            }[];
                        };
                        recordId: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContactExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: {
                            attempts: number;
                            deliveredAt: string | null;
                            lastError: string | null;
                            /** @enum {string} */
                            op: "upsert" | "withdraw";
                            party: string;
                            /** Format: date-time */
                            queuedAt: string;
                            receiptStatus: ("applied" | "duplicate" | "superseded" | "purged" | "rejected") | null;
                            recordVersion: number;
                            /** @enum {string} */
                            state: "queued" | "delivered" | "failed";
                        }[];
                        received: {
                            fromParty: string;
                            /** Format: date-time */
                            receivedAt: string;
                            recordVersion: number;
                            seq: number;
                            /** @enum {string} */
                            status: "applied" | "superseded" | "purged" | "rejected";
                        } | null;
                        withdrawn: {
                            note: string | null;
                            originParty: string;
                            /** @enum {string} */
                            reason: "withdrawn" | "narrowed";
                            /** Format: date-time */
                            withdrawnAt: string;
                            withdrawnBy: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContactReactivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        agencyId: string;
                        canEdit: boolean;
                        channels: {
                            /** @enum {string} */
                            kind: "phone" | "email" | "secure-messaging";
                            label?: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        coverage: "24x7" | "hours";
                        /** Format: date-time */
                        createdAt: string;
                        handling: string;
                        hours: {
                            days: number[];
                            end: string;
                            start: string;
                            timeZone: string;
                        } | null;
                        id: string;
                        isActive: boolean;
                        isStale: boolean;
                        /** @enum {string} */
                        kind: "person" | "desk";
                        language: string;
                        languages: string[];
                        name: string;
                        nameZh: string | null;
                        notes: string | null;
                        originParty: string;
                        releasableTo: string[];
                        title: string | null;
                        topics: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        verifiedAt: string | null;
                        verifiedBy: {
                            displayName: string;
                            displayNameZh: string | null;
                            id: string | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContactVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    verifiedAt?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        agencyId: string;
                        canEdit: boolean;
                        channels: {
                            /** @enum {string} */
                            kind: "phone" | "email" | "secure-messaging";
                            label?: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        coverage: "24x7" | "hours";
                        /** Format: date-time */
                        createdAt: string;
                        handling: string;
                        hours: {
                            days: number[];
                            end: string;
                            start: string;
                            timeZone: string;
                        } | null;
                        id: string;
                        isActive: boolean;
                        isStale: boolean;
                        /** @enum {string} */
                        kind: "person" | "desk";
                        language: string;
                        languages: string[];
                        name: string;
                        nameZh: string | null;
                        notes: string | null;
                        originParty: string;
                        releasableTo: string[];
                        title: string | null;
                        topics: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        verifiedAt: string | null;
                        verifiedBy: {
                            displayName: string;
                            displayNameZh: string | null;
                            id: string | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContactWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        agencyId: string;
                        canEdit: boolean;
                        channels: {
                            /** @enum {string} */
                            kind: "phone" | "email" | "secure-messaging";
                            label?: string;
                            value: string;
                        }[];
                        /** @enum {string} */
                        coverage: "24x7" | "hours";
                        /** Format: date-time */
                        createdAt: string;
                        handling: string;
                        hours: {
                            days: number[];
                            end: string;
                            start: string;
                            timeZone: string;
                        } | null;
                        id: string;
                        isActive: boolean;
                        isStale: boolean;
                        /** @enum {string} */
                        kind: "person" | "desk";
                        language: string;
                        languages: string[];
                        name: string;
                        nameZh: string | null;
                        notes: string | null;
                        originParty: string;
                        releasableTo: string[];
                        title: string | null;
                        topics: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        verifiedAt: string | null;
                        verifiedBy: {
                            displayName: string;
                            displayNameZh: string | null;
                            id: string | null;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContactExport: {
        parameters: {
            query?: {
                agencyId?: string;
                coverage?: "24x7" | "hours";
                includeInactive?: "true" | "false";
                lang?: "en" | "zh-CN";
                language?: "en" | "zh" | "es" | "fr" | "ru" | "ar" | "pt" | "vi" | "th" | "ko" | "ja" | "hi";
                party?: string;
                q?: string;
                stale?: "true" | "false";
                topic?: "synthetic-drugs" | "precursor-chemicals" | "chemical-export-control" | "traveller-notices" | "wildlife-trafficking" | "illicit-finance" | "general-liaison";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExchangeHeads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        heads: string;
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the seconds in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveEnvelopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    envelopes: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gap: {
                            expectedSeq: number;
                        } | null;
                        receipts: string[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the seconds in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeNode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: {
                            /** Format: date-time */
                            createdAt: string;
                            fingerprint: string;
                            kid: string;
                            publicKey: string;
                            retiredAt: string | null;
                        };
                        keys: {
                            /** Format: date-time */
                            createdAt: string;
                            fingerprint: string;
                            kid: string;
                            publicKey: string;
                            retiredAt: string | null;
                        }[];
                        party: string;
                    };
                };
            };
        };
    };
    createExchangeNodeKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        fingerprint: string;
                        kid: string;
                        publicKey: string;
                        retiredAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeOutbox: {
        parameters: {
            query: {
                after: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        envelopes: string[];
                        /** @description true when the page was cut short by size and more envelopes follow */
                        more?: boolean;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the seconds in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeReceived: {
        parameters: {
            query: {
                after: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            envelope: string | null;
                            hash: string;
                            kind: string;
                            /** @enum {string} */
                            op: "upsert" | "withdraw";
                            receipt: string;
                            /** Format: uuid */
                            recordId: string;
                            recordVersion: number;
                            seq: number;
                        }[];
                        more: boolean;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the seconds in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        schemaVersion: string;
                        /** @enum {string} */
                        status: "ok";
                        version: string;
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            id: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        displayName: string;
                        displayNameZh: string | null;
                        email: string | null;
                        id: string;
                        /** @enum {string} */
                        locale: "en" | "zh-CN";
                        mfaRequired: boolean;
                        roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                        timeZone: string;
                        totpEnabled: boolean;
                        username: string;
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    displayNameZh?: string | null;
                    /** @enum {string} */
                    locale?: "en" | "zh-CN";
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            id: string;
                            nameEn: string;
                            nameZh: string;
                            partyCode: string;
                        };
                        displayName: string;
                        displayNameZh: string | null;
                        email: string | null;
                        id: string;
                        /** @enum {string} */
                        locale: "en" | "zh-CN";
                        mfaRequired: boolean;
                        roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                        timeZone: string;
                        totpEnabled: boolean;
                        username: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUri: string;
                        qrDataUrl: string;
                        secret: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeTotpConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationFigures: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answered: number;
                            answeredOnTime: number;
                            exportingParty: string;
                            importingParty: string;
                            medianHoursToAnswer: number | null;
                            month: string;
                            objections: number;
                            /** @description answered before the deadline, of those received; null when none was received */
                            onTimeShare: number | null;
                            received: number;
                            sent: number;
                            /** @description objected, or the export refused, suspended or seized */
                            stopped: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationFiguresCsv: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationPhrases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        about: {
                            en: string;
                            "zh-CN": string;
                        };
                        clearanceConditions: {
                            code: string;
                            /** @description the export decisions the note fits (decision notes only) */
                            decisions?: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                            description?: {
                                en: string;
                                "zh-CN": string;
                            };
                            en: string;
                            "zh-CN": string;
                        }[];
                        decisionNotes: {
                            code: string;
                            /** @description the export decisions the note fits (decision notes only) */
                            decisions?: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                            description?: {
                                en: string;
                                "zh-CN": string;
                            };
                            en: string;
                            "zh-CN": string;
                        }[];
                        informationRequests: {
                            code: string;
                            /** @description the export decisions the note fits (decision notes only) */
                            decisions?: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                            description?: {
                                en: string;
                                "zh-CN": string;
                            };
                            en: string;
                            "zh-CN": string;
                        }[];
                        modelledOn: string;
                        objectionReasons: {
                            code: string;
                            /** @description the export decisions the note fits (decision notes only) */
                            decisions?: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                            description?: {
                                en: string;
                                "zh-CN": string;
                            };
                            en: string;
                            "zh-CN": string;
                        }[];
                        withdrawalReasons: {
                            code: string;
                            /** @description the export decisions the note fits (decision notes only) */
                            decisions?: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                            description?: {
                                en: string;
                                "zh-CN": string;
                            };
                            en: string;
                            "zh-CN": string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationReplyPeriods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            days: number;
                            isDefault: boolean;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                            partyCode: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceNotificationReplyPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: number;
                    /** @enum {string} */
                    kind: "calendar" | "working";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: number;
                        isDefault: boolean;
                        /** @enum {string} */
                        kind: "calendar" | "working";
                        partyCode: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationSigningRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            isDefault: boolean;
                            partyCode: string;
                            secondPerson: boolean;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceNotificationSigningRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description a supervisor who did not prepare it signs each clearance or objection of a line controlled here */
                    secondPerson: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        isDefault: boolean;
                        partyCode: string;
                        secondPerson: boolean;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                box?: "inbox" | "outbox" | "all";
                /** @description declared name or CAS, partial */
                chemical?: string;
                /** @description open, due within 3 days */
                dueSoon?: "true" | "false";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description the other party */
                party?: string;
                status?: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agency: {
                                acronym: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            /** @description each line's declared name and what this node's screening identifies it as */
                            chemicalLines: {
                                declaredName: string;
                                substances: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                            }[];
                            chemicals: string[];
                            /** Format: date-time */
                            createdAt: string;
                            decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                            dueAt: string | null;
                            dueLocal: {
                                exporter: string;
                                importer: string;
                            } | null;
                            exporterName: string;
                            exportingParty: string;
                            id: string;
                            importerName: string;
                            importingParty: string;
                            /**
                             * @description the language the notification's free text (declared names included) is written in
                             * @enum {string}
                             */
                            language: "en" | "zh";
                            overdue: boolean;
                            reference: string;
                            /** @enum {string} */
                            scheme: "pen" | "pen-light";
                            sentAt: string | null;
                            shipmentDate: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                            /**
                             * @description the most severe line verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotification: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description the exporting authority: an agency of this node's party
                     */
                    agencyId: string;
                    /** @description final consignee, when not the importer */
                    consignee?: {
                        address: string;
                        /** @description licence or registration number */
                        licence?: string | null;
                        name: string;
                    } | null;
                    exporter: {
                        address: string;
                        /** @description licence or registration number */
                        licence?: string | null;
                        name: string;
                    };
                    /**
                     * @default TLP:AMBER
                     * @enum {string}
                     */
                    handling?: "TLP:CLEAR" | "TLP:GREEN" | "TLP:AMBER" | "TLP:AMBER+STRICT" | "TLP:RED";
                    importer: {
                        address: string;
                        /** @description licence or registration number */
                        licence?: string | null;
                        name: string;
                    };
                    importingParty: string;
                    intendedUse: string;
                    invoiceNumber?: string | null;
                    /**
                     * @description the language of the free text
                     * @enum {string}
                     */
                    language: "en" | "zh";
                    lines: {
                        cas?: string | null;
                        /** @description percent by weight */
                        concentration?: number | null;
                        declaredName: string;
                        hsCode?: string | null;
                        packages?: number | null;
                        packaging?: string | null;
                        quantity: string;
                        /** @description optional structure, as SMILES */
                        smiles?: string | null;
                        /** @enum {string} */
                        unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                    }[];
                    permitNumber?: string | null;
                    route: {
                        carrier?: string | null;
                        /** @enum {string} */
                        mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                        portOfEntry?: string | null;
                        portOfExit?: string | null;
                    };
                    /** Format: date */
                    shipmentDate: string;
                    /** @default [] */
                    transitParties?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description the exporting authority: an agency of this node's party
                     */
                    agencyId: string;
                    /** @description final consignee, when not the importer */
                    consignee?: {
                        address: string;
                        /** @description licence or registration number */
                        licence?: string | null;
                        name: string;
                    } | null;
                    exporter: {
                        address: string;
                        /** @description licence or registration number */
                        licence?: string | null;
                        name: string;
                    };
                    /**
                     * @default TLP:AMBER
                     * @enum {string}
                     */
                    handling?: "TLP:CLEAR" | "TLP:GREEN" | "TLP:AMBER" | "TLP:AMBER+STRICT" | "TLP:RED";
                    importer: {
                        address: string;
                        /** @description licence or registration number */
                        licence?: string | null;
                        name: string;
                    };
                    importingParty: string;
                    intendedUse: string;
                    invoiceNumber?: string | null;
                    /**
                     * @description the language of the free text
                     * @enum {string}
                     */
                    language: "en" | "zh";
                    lines: {
                        cas?: string | null;
                        /** @description percent by weight */
                        concentration?: number | null;
                        declaredName: string;
                        hsCode?: string | null;
                        packages?: number | null;
                        packaging?: string | null;
                        quantity: string;
                        /** @description optional structure, as SMILES */
                        smiles?: string | null;
                        /** @enum {string} */
                        unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                    }[];
                    permitNumber?: string | null;
                    route: {
                        carrier?: string | null;
                        /** @enum {string} */
                        mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                        portOfEntry?: string | null;
                        portOfExit?: string | null;
                    };
                    /** Format: date */
                    shipmentDate: string;
                    /** @default [] */
                    transitParties?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotificationAttachment: {
        parameters: {
            query: {
                /** @description the file's name, as the reader will see it */
                filename: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": unknown;
                "image/jpeg": unknown;
                "image/png": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        filename: string;
                        id: string;
                        /** @enum {string} */
                        mediaType: "application/pdf" | "image/png" | "image/jpeg";
                        sha256: string;
                        size: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNotificationAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationClearance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: {
                            /** @description the conditions or objection reasons as standard phrase codes (data/notification-phrases.json) */
                            codes?: string[];
                            decidedAt: string;
                            decidedBy: {
                                agency: string;
                                name: string;
                            };
                            /** @enum {string} */
                            decision: "cleared" | "objected";
                            exporter: {
                                address: string;
                                licence: string | null;
                                name: string;
                            };
                            exportingParty: string;
                            importer: {
                                address: string;
                                licence: string | null;
                                name: string;
                            };
                            importingParty: string;
                            lines: {
                                cas: string | null;
                                declaredName: string;
                                hsCode: string | null;
                                position: number;
                                quantity: string;
                                unit: string;
                            }[];
                            notificationId: string;
                            notificationVersion: number;
                            reason: string | null;
                            reference: string;
                            shipmentDate: string;
                            /** @enum {string} */
                            type: "clearance";
                            /** @enum {number} */
                            v: 1;
                        };
                        /** @enum {string} */
                        format: "counterpart-clearance/1";
                        issuer: {
                            fingerprint: string;
                            kid: string;
                            party: string;
                            publicKey: string;
                        };
                        jws: string;
                        qr: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationClearancePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotificationDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description standard phrases: codes from the decisionNotes list of GET /api/v1/notification-phrases
                     * @default []
                     */
                    codes?: string[];
                    /** @enum {string} */
                    decision: "authorised" | "suspended" | "refused" | "shipped" | "seized";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: {
                            attempts: number;
                            deliveredAt: string | null;
                            lastError: string | null;
                            /** @enum {string} */
                            op: "upsert" | "withdraw";
                            party: string;
                            /** Format: date-time */
                            queuedAt: string;
                            receiptStatus: ("applied" | "duplicate" | "superseded" | "purged" | "rejected") | null;
                            recordVersion: number;
                            /** @enum {string} */
                            state: "queued" | "delivered" | "failed";
                        }[];
                        received: {
                            fromParty: string;
                            /** Format: date-time */
                            receivedAt: string;
                            recordVersion: number;
                            seq: number;
                            /** @enum {string} */
                            status: "applied" | "superseded" | "purged" | "rejected";
                        } | null;
                        withdrawn: {
                            note: string | null;
                            originParty: string;
                            /** @enum {string} */
                            reason: "withdrawn" | "narrowed";
                            /** Format: date-time */
                            withdrawnAt: string;
                            withdrawnBy: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotificationInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotificationReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "acknowledge";
                    note?: string | null;
                } | {
                    /** @enum {string} */
                    action: "request-info";
                    /**
                     * @description standard phrases: codes from the informationRequests list of GET /api/v1/notification-phrases
                     * @default []
                     */
                    codes?: string[];
                    note?: string | null;
                } | {
                    /** @enum {string} */
                    action: "clear";
                    /**
                     * @description conditions, if any
                     * @default []
                     */
                    codes?: string[];
                    /** @description further conditions, if any */
                    note?: string | null;
                } | {
                    /** @enum {string} */
                    action: "object";
                    /**
                     * @description standard phrases: codes from the objectionReasons list of GET /api/v1/notification-phrases
                     * @default []
                     */
                    codes?: string[];
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description standard phrases: codes from the withdrawalReasons list of GET /api/v1/notification-phrases
                     * @default []
                     */
                    codes?: string[];
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            acronym: string;
                            nameEn: string;
                            nameZh: string;
                        };
                        /** @description what the signed-in user may do now (`clear` and `object` prepare the answer when `signature.required`) */
                        allowed: ("edit" | "review" | "send" | "withdraw" | "acknowledge" | "request-info" | "clear" | "object" | "sign" | "return" | "provide-info" | "decide")[];
                        /** @description the export decisions the exporter may record now (empty on the importing node) */
                        allowedDecisions: ("authorised" | "suspended" | "refused" | "shipped" | "seized")[];
                        attachments: {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            filename: string;
                            id: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/png" | "image/jpeg";
                            sha256: string;
                            size: number;
                        }[];
                        calendarUnknown: number[];
                        /** @description each line's declared name and what this node's screening identifies it as */
                        chemicalLines: {
                            declaredName: string;
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                        }[];
                        chemicals: string[];
                        consignee: {
                            address: string;
                            licence: string | null;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdByName: string;
                        decidedAt: string | null;
                        decision: ("authorised" | "suspended" | "refused" | "shipped" | "seized") | null;
                        /** @description standard phrases noted with the export decision */
                        decisionCodes: string[];
                        decisionNote: string | null;
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        dueAt: string | null;
                        dueDate: string | null;
                        dueLocal: {
                            exporter: string;
                            importer: string;
                        } | null;
                        dueTimeZone: string | null;
                        events: {
                            actorName: string;
                            /** Format: date-time */
                            at: string;
                            /** @description the standard phrases chosen with this step (GET /api/v1/notification-phrases), labelled from this node's own list */
                            codes: string[];
                            id: string;
                            kind: string;
                            note: string | null;
                            party: string;
                        }[];
                        exporter: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        exporterName: string;
                        exportingParty: string;
                        handling: string;
                        hasClearance: boolean;
                        id: string;
                        importer: {
                            address: string;
                            licence: string | null;
                            name: string;
                        };
                        importerName: string;
                        importingParty: string;
                        intendedUse: string;
                        invoiceNumber: string | null;
                        /** @enum {string} */
                        language: "en" | "zh";
                        lines: {
                            cas: string | null;
                            concentration: number | null;
                            declaredName: string;
                            hsCode: string | null;
                            packages: number | null;
                            packaging: string | null;
                            position: number;
                            quantity: string;
                            receiverScreening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            /** @description the importer's own screening on receipt */
                            receiverVerdict: ("controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity") | null;
                            /** @description the exporter's screening (on the exporter's node) or its summary */
                            screening: {
                                asOf: string;
                                conflicts: {
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    fields: ("name" | "cas" | "hs" | "structure")[];
                                }[];
                                hits: {
                                    /** @enum {string} */
                                    basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                    /** @description controls in force on the screening date that cover this hit */
                                    controls: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description name similarity or Tanimoto coefficient, 0–1 */
                                    score?: number;
                                    subject: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "entry" | "class";
                                        names: {
                                            en: string;
                                            zh: string;
                                        };
                                    };
                                    /** @description controls of the subject not in force on that date */
                                    upcoming: {
                                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                        /** @description for an export-licence control: the parties an export to needs the licence */
                                        destinations: string[];
                                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                        hasOfficialSource: boolean;
                                        /** @enum {string} */
                                        jurisdiction: "UN" | "US" | "CN";
                                        /**
                                         * @description a schedule, or a licence required to export to `destinations`
                                         * @enum {string}
                                         */
                                        kind: "schedule" | "export-licence";
                                        list: string;
                                        listLabel: {
                                            en: string;
                                            zh: string;
                                        };
                                        since: string;
                                        sources: {
                                            /** @description published by the government or treaty body whose act it is */
                                            official: boolean;
                                            /**
                                             * @description published by another government's agency: official for its own acts, not for this one
                                             * @default false
                                             */
                                            otherGovernment: boolean;
                                            /** @description who publishes it, when the registry knows the site */
                                            publisher: {
                                                en: string;
                                                zh: string;
                                            } | null;
                                            /** @description a web address, or a citation as text */
                                            url: string;
                                        }[];
                                        unconfirmed: string[];
                                        until: string | null;
                                    }[];
                                    /** @enum {string} */
                                    verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                                }[];
                                /** @description what the line is, from its hits (several when its identifiers disagree) */
                                identified: {
                                    derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    relation: "same" | "stereoisomer" | "derivative" | "class-member";
                                }[];
                                identity: {
                                    cas?: string;
                                    hs?: string;
                                    name?: {
                                        salts: string[];
                                        text: string;
                                    };
                                    structure?: {
                                        components: number;
                                        counterIons: string[];
                                        /** @description computed when the structure has the atoms of some registry entry */
                                        inchiKey?: string;
                                        smiles: string;
                                    };
                                };
                                problems: {
                                    code: string;
                                    /** @enum {string} */
                                    field: "name" | "cas" | "smiles" | "hs" | "line";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                quantity?: string;
                                ref?: string;
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            } | null;
                            smiles: string | null;
                            /** @description what this node's own screening identifies the line as, named in English and Chinese beside the declared name */
                            substances: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            /** @enum {string} */
                            unit: "kg" | "g" | "mg" | "t" | "L" | "mL";
                            /**
                             * @description the exporter's screening verdict
                             * @enum {string}
                             */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                        overdue: boolean;
                        permitNumber: string | null;
                        receivedAt: string | null;
                        reference: string;
                        repliedAt: string | null;
                        reply: ("acknowledged" | "info-requested" | "cleared" | "objected") | null;
                        /** @description the importing party's reply period the deadline was counted with: calendar days, or working days on its calendar (null when not recorded) */
                        replyPeriod: {
                            days: number;
                            /** @enum {string} */
                            kind: "calendar" | "working";
                        } | null;
                        review: {
                            at: string | null;
                            byName: string | null;
                            needed: boolean;
                            note: string | null;
                        };
                        route: {
                            carrier: string | null;
                            /** @enum {string} */
                            mode: "sea" | "air" | "road" | "rail" | "post" | "courier" | "other";
                            portOfEntry: string | null;
                            portOfExit: string | null;
                        };
                        /** @enum {string} */
                        scheme: "pen" | "pen-light";
                        sentAt: string | null;
                        shipmentDate: string;
                        /** @description the importing node's second person for clearances and objections (on the exporting node: never required) */
                        signature: {
                            at: string | null;
                            /** @description who prepared it */
                            byName: string | null;
                            /** @description the prepared conditions or objection reasons, as standard phrase codes */
                            codes: string[];
                            note: string | null;
                            /** @description the clearance or objection prepared and waiting for that signature */
                            prepared: ("cleared" | "objected") | null;
                            /** @description this node's party requires a second person here: its screening finds a line controlled, so an officer prepares the clearance or objection and a supervisor who did not prepare it signs it */
                            required: boolean;
                        };
                        /** @enum {string} */
                        status: "draft" | "sent" | "delivered" | "acknowledged" | "info-requested" | "info-provided" | "cleared" | "objected" | "withdrawn";
                        transitParties: string[];
                        /**
                         * @description the most severe line verdict
                         * @enum {string}
                         */
                        verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        version: number;
                        /** @description standard phrases giving the reason for the withdrawal */
                        withdrawalCodes: string[];
                        withdrawalNote: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importNotifications: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": unknown;
                "text/csv": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        dryRun: boolean;
                        invalid: number;
                        items: {
                            id: string | null;
                            /** @enum {string} */
                            outcome: "created" | "already-imported" | "invalid" | "failed";
                            problems: {
                                column: string;
                                line: number;
                                message: string;
                            }[];
                            ref: string;
                            /** @description line numbers in the file (the header is line 1) */
                            rows: number[];
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            isSelf: boolean;
                            nameEn: string;
                            nameZh: string;
                            timeZone: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createParty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    nameEn: string;
                    nameZh: string;
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        isSelf: boolean;
                        nameEn: string;
                        nameZh: string;
                        timeZone: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameEn?: string;
                    nameZh?: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        isSelf: boolean;
                        nameEn: string;
                        nameZh: string;
                        timeZone: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            baseUrl: string;
                            chains: {
                                acknowledgedSeq: number;
                                peer: {
                                    at: string;
                                    received: {
                                        hash: string;
                                        seq: number;
                                    };
                                    sent: {
                                        hash: string;
                                        seq: number;
                                    };
                                } | null;
                                received: {
                                    hash: string;
                                    seq: number;
                                };
                                sent: {
                                    hash: string;
                                    seq: number;
                                };
                            };
                            failures: number;
                            /** @description nothing is queued for the peer, and this node holds everything the peer last said it sent */
                            inStep: boolean;
                            isEnabled: boolean;
                            keys: {
                                /** Format: date-time */
                                addedAt: string;
                                fingerprint: string;
                                kid: string;
                                publicKey: string;
                                /** @enum {string} */
                                source: "admin" | "rotation";
                            }[];
                            lastContactAt: string | null;
                            lastDeliveredAt: string | null;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            /** @description the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to */
                            lastRecovery: {
                                at: string;
                                counts: {
                                    kept: number;
                                    restored: number;
                                    skipped: number;
                                };
                                /** @description envelopes written here since the restore for records of which the peer held a version at least as new (restored instead) */
                                dropped: {
                                    kind: string;
                                    recordId: string;
                                    recordVersion: number;
                                    reference?: string;
                                }[];
                                fromSeq: number;
                                records: {
                                    detail?: string;
                                    kind: string;
                                    /** @enum {string} */
                                    reason?: "key-lost" | "content-gone" | "unsupported-kind" | "failed" | "not-restored";
                                    recordId: string;
                                    recordVersion: number;
                                    reference?: string;
                                    /** @enum {string} */
                                    status: "restored" | "kept" | "skipped";
                                }[];
                                /** @description envelopes written here since the restore, signed again after the taken-back ones */
                                resent: number;
                                /** @description own envelopes the peer had accepted that this node lacked */
                                takenBack: number;
                                toSeq: number;
                                /** @description of those, how many the peer holds only as hash and receipt (their records were withdrawn) */
                                withoutContent: number;
                            } | null;
                            lastSyncAt: string | null;
                            nextAttemptAt: string | null;
                            oldestQueuedAt: string | null;
                            partyCode: string;
                            /** @description envelopes for the peer without its receipt yet: how far the peer is behind */
                            queued: number;
                            /** @description why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer's heads move */
                            recoveryRefusal: {
                                at: string;
                                head: {
                                    hash: string;
                                    seq: number;
                                };
                                reason: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPeer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    baseUrl: string;
                    partyCode: string;
                    publicKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseUrl: string;
                        chains: {
                            acknowledgedSeq: number;
                            peer: {
                                at: string;
                                received: {
                                    hash: string;
                                    seq: number;
                                };
                                sent: {
                                    hash: string;
                                    seq: number;
                                };
                            } | null;
                            received: {
                                hash: string;
                                seq: number;
                            };
                            sent: {
                                hash: string;
                                seq: number;
                            };
                        };
                        failures: number;
                        /** @description nothing is queued for the peer, and this node holds everything the peer last said it sent */
                        inStep: boolean;
                        isEnabled: boolean;
                        keys: {
                            /** Format: date-time */
                            addedAt: string;
                            fingerprint: string;
                            kid: string;
                            publicKey: string;
                            /** @enum {string} */
                            source: "admin" | "rotation";
                        }[];
                        lastContactAt: string | null;
                        lastDeliveredAt: string | null;
                        lastError: string | null;
                        lastErrorAt: string | null;
                        /** @description the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to */
                        lastRecovery: {
                            at: string;
                            counts: {
                                kept: number;
                                restored: number;
                                skipped: number;
                            };
                            /** @description envelopes written here since the restore for records of which the peer held a version at least as new (restored instead) */
                            dropped: {
                                kind: string;
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                            }[];
                            fromSeq: number;
                            records: {
                                detail?: string;
                                kind: string;
                                /** @enum {string} */
                                reason?: "key-lost" | "content-gone" | "unsupported-kind" | "failed" | "not-restored";
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                                /** @enum {string} */
                                status: "restored" | "kept" | "skipped";
                            }[];
                            /** @description envelopes written here since the restore, signed again after the taken-back ones */
                            resent: number;
                            /** @description own envelopes the peer had accepted that this node lacked */
                            takenBack: number;
                            toSeq: number;
                            /** @description of those, how many the peer holds only as hash and receipt (their records were withdrawn) */
                            withoutContent: number;
                        } | null;
                        lastSyncAt: string | null;
                        nextAttemptAt: string | null;
                        oldestQueuedAt: string | null;
                        partyCode: string;
                        /** @description envelopes for the peer without its receipt yet: how far the peer is behind */
                        queued: number;
                        /** @description why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer's heads move */
                        recoveryRefusal: {
                            at: string;
                            head: {
                                hash: string;
                                seq: number;
                            };
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseUrl: string;
                        chains: {
                            acknowledgedSeq: number;
                            peer: {
                                at: string;
                                received: {
                                    hash: string;
                                    seq: number;
                                };
                                sent: {
                                    hash: string;
                                    seq: number;
                                };
                            } | null;
                            received: {
                                hash: string;
                                seq: number;
                            };
                            sent: {
                                hash: string;
                                seq: number;
                            };
                        };
                        failures: number;
                        /** @description nothing is queued for the peer, and this node holds everything the peer last said it sent */
                        inStep: boolean;
                        isEnabled: boolean;
                        keys: {
                            /** Format: date-time */
                            addedAt: string;
                            fingerprint: string;
                            kid: string;
                            publicKey: string;
                            /** @enum {string} */
                            source: "admin" | "rotation";
                        }[];
                        lastContactAt: string | null;
                        lastDeliveredAt: string | null;
                        lastError: string | null;
                        lastErrorAt: string | null;
                        /** @description the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to */
                        lastRecovery: {
                            at: string;
                            counts: {
                                kept: number;
                                restored: number;
                                skipped: number;
                            };
                            /** @description envelopes written here since the restore for records of which the peer held a version at least as new (restored instead) */
                            dropped: {
                                kind: string;
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                            }[];
                            fromSeq: number;
                            records: {
                                detail?: string;
                                kind: string;
                                /** @enum {string} */
                                reason?: "key-lost" | "content-gone" | "unsupported-kind" | "failed" | "not-restored";
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                                /** @enum {string} */
                                status: "restored" | "kept" | "skipped";
                            }[];
                            /** @description envelopes written here since the restore, signed again after the taken-back ones */
                            resent: number;
                            /** @description own envelopes the peer had accepted that this node lacked */
                            takenBack: number;
                            toSeq: number;
                            /** @description of those, how many the peer holds only as hash and receipt (their records were withdrawn) */
                            withoutContent: number;
                        } | null;
                        lastSyncAt: string | null;
                        nextAttemptAt: string | null;
                        oldestQueuedAt: string | null;
                        partyCode: string;
                        /** @description envelopes for the peer without its receipt yet: how far the peer is behind */
                        queued: number;
                        /** @description why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer's heads move */
                        recoveryRefusal: {
                            at: string;
                            head: {
                                hash: string;
                                seq: number;
                            };
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePeer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    baseUrl?: string;
                    isEnabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseUrl: string;
                        chains: {
                            acknowledgedSeq: number;
                            peer: {
                                at: string;
                                received: {
                                    hash: string;
                                    seq: number;
                                };
                                sent: {
                                    hash: string;
                                    seq: number;
                                };
                            } | null;
                            received: {
                                hash: string;
                                seq: number;
                            };
                            sent: {
                                hash: string;
                                seq: number;
                            };
                        };
                        failures: number;
                        /** @description nothing is queued for the peer, and this node holds everything the peer last said it sent */
                        inStep: boolean;
                        isEnabled: boolean;
                        keys: {
                            /** Format: date-time */
                            addedAt: string;
                            fingerprint: string;
                            kid: string;
                            publicKey: string;
                            /** @enum {string} */
                            source: "admin" | "rotation";
                        }[];
                        lastContactAt: string | null;
                        lastDeliveredAt: string | null;
                        lastError: string | null;
                        lastErrorAt: string | null;
                        /** @description the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to */
                        lastRecovery: {
                            at: string;
                            counts: {
                                kept: number;
                                restored: number;
                                skipped: number;
                            };
                            /** @description envelopes written here since the restore for records of which the peer held a version at least as new (restored instead) */
                            dropped: {
                                kind: string;
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                            }[];
                            fromSeq: number;
                            records: {
                                detail?: string;
                                kind: string;
                                /** @enum {string} */
                                reason?: "key-lost" | "content-gone" | "unsupported-kind" | "failed" | "not-restored";
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                                /** @enum {string} */
                                status: "restored" | "kept" | "skipped";
                            }[];
                            /** @description envelopes written here since the restore, signed again after the taken-back ones */
                            resent: number;
                            /** @description own envelopes the peer had accepted that this node lacked */
                            takenBack: number;
                            toSeq: number;
                            /** @description of those, how many the peer holds only as hash and receipt (their records were withdrawn) */
                            withoutContent: number;
                        } | null;
                        lastSyncAt: string | null;
                        nextAttemptAt: string | null;
                        oldestQueuedAt: string | null;
                        partyCode: string;
                        /** @description envelopes for the peer without its receipt yet: how far the peer is behind */
                        queued: number;
                        /** @description why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer's heads move */
                        recoveryRefusal: {
                            at: string;
                            head: {
                                hash: string;
                                seq: number;
                            };
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPeerKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    publicKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseUrl: string;
                        chains: {
                            acknowledgedSeq: number;
                            peer: {
                                at: string;
                                received: {
                                    hash: string;
                                    seq: number;
                                };
                                sent: {
                                    hash: string;
                                    seq: number;
                                };
                            } | null;
                            received: {
                                hash: string;
                                seq: number;
                            };
                            sent: {
                                hash: string;
                                seq: number;
                            };
                        };
                        failures: number;
                        /** @description nothing is queued for the peer, and this node holds everything the peer last said it sent */
                        inStep: boolean;
                        isEnabled: boolean;
                        keys: {
                            /** Format: date-time */
                            addedAt: string;
                            fingerprint: string;
                            kid: string;
                            publicKey: string;
                            /** @enum {string} */
                            source: "admin" | "rotation";
                        }[];
                        lastContactAt: string | null;
                        lastDeliveredAt: string | null;
                        lastError: string | null;
                        lastErrorAt: string | null;
                        /** @description the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to */
                        lastRecovery: {
                            at: string;
                            counts: {
                                kept: number;
                                restored: number;
                                skipped: number;
                            };
                            /** @description envelopes written here since the restore for records of which the peer held a version at least as new (restored instead) */
                            dropped: {
                                kind: string;
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                            }[];
                            fromSeq: number;
                            records: {
                                detail?: string;
                                kind: string;
                                /** @enum {string} */
                                reason?: "key-lost" | "content-gone" | "unsupported-kind" | "failed" | "not-restored";
                                recordId: string;
                                recordVersion: number;
                                reference?: string;
                                /** @enum {string} */
                                status: "restored" | "kept" | "skipped";
                            }[];
                            /** @description envelopes written here since the restore, signed again after the taken-back ones */
                            resent: number;
                            /** @description own envelopes the peer had accepted that this node lacked */
                            takenBack: number;
                            toSeq: number;
                            /** @description of those, how many the peer holds only as hash and receipt (their records were withdrawn) */
                            withoutContent: number;
                        } | null;
                        lastSyncAt: string | null;
                        nextAttemptAt: string | null;
                        oldestQueuedAt: string | null;
                        partyCode: string;
                        /** @description envelopes for the peer without its receipt yet: how far the peer is behind */
                        queued: number;
                        /** @description why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer's heads move */
                        recoveryRefusal: {
                            at: string;
                            head: {
                                hash: string;
                                seq: number;
                            };
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncPeer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        peer: {
                            baseUrl: string;
                            chains: {
                                acknowledgedSeq: number;
                                peer: {
                                    at: string;
                                    received: {
                                        hash: string;
                                        seq: number;
                                    };
                                    sent: {
                                        hash: string;
                                        seq: number;
                                    };
                                } | null;
                                received: {
                                    hash: string;
                                    seq: number;
                                };
                                sent: {
                                    hash: string;
                                    seq: number;
                                };
                            };
                            failures: number;
                            /** @description nothing is queued for the peer, and this node holds everything the peer last said it sent */
                            inStep: boolean;
                            isEnabled: boolean;
                            keys: {
                                /** Format: date-time */
                                addedAt: string;
                                fingerprint: string;
                                kid: string;
                                publicKey: string;
                                /** @enum {string} */
                                source: "admin" | "rotation";
                            }[];
                            lastContactAt: string | null;
                            lastDeliveredAt: string | null;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            /** @description the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to */
                            lastRecovery: {
                                at: string;
                                counts: {
                                    kept: number;
                                    restored: number;
                                    skipped: number;
                                };
                                /** @description envelopes written here since the restore for records of which the peer held a version at least as new (restored instead) */
                                dropped: {
                                    kind: string;
                                    recordId: string;
                                    recordVersion: number;
                                    reference?: string;
                                }[];
                                fromSeq: number;
                                records: {
                                    detail?: string;
                                    kind: string;
                                    /** @enum {string} */
                                    reason?: "key-lost" | "content-gone" | "unsupported-kind" | "failed" | "not-restored";
                                    recordId: string;
                                    recordVersion: number;
                                    reference?: string;
                                    /** @enum {string} */
                                    status: "restored" | "kept" | "skipped";
                                }[];
                                /** @description envelopes written here since the restore, signed again after the taken-back ones */
                                resent: number;
                                /** @description own envelopes the peer had accepted that this node lacked */
                                takenBack: number;
                                toSeq: number;
                                /** @description of those, how many the peer holds only as hash and receipt (their records were withdrawn) */
                                withoutContent: number;
                            } | null;
                            lastSyncAt: string | null;
                            nextAttemptAt: string | null;
                            oldestQueuedAt: string | null;
                            partyCode: string;
                            /** @description envelopes for the peer without its receipt yet: how far the peer is behind */
                            queued: number;
                            /** @description why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer's heads move */
                            recoveryRefusal: {
                                at: string;
                                head: {
                                    hash: string;
                                    seq: number;
                                };
                                reason: string;
                            } | null;
                        };
                        /**
                         * @description done: a delivery pass to the peer ran to its end (see the peer for its outcome); running: it goes on in the background; elsewhere: another process of this node holds the peer's delivery lease and is delivering; disabled: the exchange with the peer is switched off, nothing was sent
                         * @enum {string}
                         */
                        state: "done" | "running" | "elsewhere" | "disabled";
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        peer: {
                            baseUrl: string;
                            chains: {
                                acknowledgedSeq: number;
                                peer: {
                                    at: string;
                                    received: {
                                        hash: string;
                                        seq: number;
                                    };
                                    sent: {
                                        hash: string;
                                        seq: number;
                                    };
                                } | null;
                                received: {
                                    hash: string;
                                    seq: number;
                                };
                                sent: {
                                    hash: string;
                                    seq: number;
                                };
                            };
                            failures: number;
                            /** @description nothing is queued for the peer, and this node holds everything the peer last said it sent */
                            inStep: boolean;
                            isEnabled: boolean;
                            keys: {
                                /** Format: date-time */
                                addedAt: string;
                                fingerprint: string;
                                kid: string;
                                publicKey: string;
                                /** @enum {string} */
                                source: "admin" | "rotation";
                            }[];
                            lastContactAt: string | null;
                            lastDeliveredAt: string | null;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            /** @description the last time this node, restored from an older backup, took back its own records from the peer; null if it never had to */
                            lastRecovery: {
                                at: string;
                                counts: {
                                    kept: number;
                                    restored: number;
                                    skipped: number;
                                };
                                /** @description envelopes written here since the restore for records of which the peer held a version at least as new (restored instead) */
                                dropped: {
                                    kind: string;
                                    recordId: string;
                                    recordVersion: number;
                                    reference?: string;
                                }[];
                                fromSeq: number;
                                records: {
                                    detail?: string;
                                    kind: string;
                                    /** @enum {string} */
                                    reason?: "key-lost" | "content-gone" | "unsupported-kind" | "failed" | "not-restored";
                                    recordId: string;
                                    recordVersion: number;
                                    reference?: string;
                                    /** @enum {string} */
                                    status: "restored" | "kept" | "skipped";
                                }[];
                                /** @description envelopes written here since the restore, signed again after the taken-back ones */
                                resent: number;
                                /** @description own envelopes the peer had accepted that this node lacked */
                                takenBack: number;
                                toSeq: number;
                                /** @description of those, how many the peer holds only as hash and receipt (their records were withdrawn) */
                                withoutContent: number;
                            } | null;
                            lastSyncAt: string | null;
                            nextAttemptAt: string | null;
                            oldestQueuedAt: string | null;
                            partyCode: string;
                            /** @description envelopes for the peer without its receipt yet: how far the peer is behind */
                            queued: number;
                            /** @description why the last attempt to take back own records from the peer was refused (English, for the operator); tried again when the peer's heads move */
                            recoveryRefusal: {
                                at: string;
                                head: {
                                    hash: string;
                                    seq: number;
                                };
                                reason: string;
                            } | null;
                        };
                        /**
                         * @description done: a delivery pass to the peer ran to its end (see the peer for its outcome); running: it goes on in the background; elsewhere: another process of this node holds the peer's delivery lease and is delivering; disabled: the exchange with the peer is switched off, nothing was sent
                         * @enum {string}
                         */
                        state: "done" | "running" | "elsewhere" | "disabled";
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeerVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                party: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description envelopes for the peer it has not yet accepted: queued here without a receipt, or past what the peer says it accepted */
                        behindBy: number;
                        /** Format: date-time */
                        checkedAt: string;
                        /** @description the chains or receipts disagree (peer-ahead, diverged or bad-receipt): one of the nodes lost or altered data */
                        diverged: boolean;
                        /** @description both chains are whole and equal on both nodes: the peer answered, nothing differs, and nothing is outstanding either way */
                        inStep: boolean;
                        /** @description no divergence was found (the peer lagging behind is not one); false too when the peer could not be reached */
                        ok: boolean;
                        /** @description when the oldest of those was queued; null when there are none */
                        oldestQueuedAt: string | null;
                        party: string;
                        problems: {
                            /** @enum {string} */
                            code: "peer-ahead" | "behind" | "diverged" | "bad-receipt" | "unreachable";
                            detail: string;
                        }[];
                        receiptsChecked: number;
                        received: {
                            ours: {
                                hash: string;
                                seq: number;
                            };
                            theirs: {
                                hash: string;
                                seq: number;
                            };
                        };
                        sent: {
                            ours: {
                                hash: string;
                                seq: number;
                            };
                            theirs: {
                                hash: string;
                                seq: number;
                            };
                        };
                        /** @description envelopes the peer says it sent that this node has not yet accepted (0 when the peer did not answer) */
                        toReceive: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScreeningCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description screen as of this date (default: today)
                     */
                    asOf?: string;
                    lines: {
                        cas?: string;
                        hs?: string;
                        /** @description declared name, English or Chinese */
                        name?: string;
                        /** @description as declared, echoed back */
                        quantity?: string;
                        /** @description the caller's own line reference, echoed back */
                        ref?: string;
                        smiles?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        registryVersion: string;
                        results: {
                            asOf: string;
                            conflicts: {
                                explanation: {
                                    en: string;
                                    zh: string;
                                };
                                fields: ("name" | "cas" | "hs" | "structure")[];
                            }[];
                            hits: {
                                /** @enum {string} */
                                basis: "cas" | "hs" | "name" | "synonym" | "name-fuzzy" | "name-ester" | "structure" | "stereoisomer" | "derivative" | "class" | "similarity";
                                /** @description controls in force on the screening date that cover this hit */
                                controls: {
                                    /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                    basis: {
                                        en: string;
                                        zh: string;
                                    };
                                    covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    /** @description for an export-licence control: the parties an export to needs the licence */
                                    destinations: string[];
                                    /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                    hasOfficialSource: boolean;
                                    /** @enum {string} */
                                    jurisdiction: "UN" | "US" | "CN";
                                    /**
                                     * @description a schedule, or a licence required to export to `destinations`
                                     * @enum {string}
                                     */
                                    kind: "schedule" | "export-licence";
                                    list: string;
                                    listLabel: {
                                        en: string;
                                        zh: string;
                                    };
                                    since: string;
                                    sources: {
                                        /** @description published by the government or treaty body whose act it is */
                                        official: boolean;
                                        /**
                                         * @description published by another government's agency: official for its own acts, not for this one
                                         * @default false
                                         */
                                        otherGovernment: boolean;
                                        /** @description who publishes it, when the registry knows the site */
                                        publisher: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                        /** @description a web address, or a citation as text */
                                        url: string;
                                    }[];
                                    unconfirmed: string[];
                                    until: string | null;
                                }[];
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                explanation: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description name similarity or Tanimoto coefficient, 0–1 */
                                score?: number;
                                subject: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "entry" | "class";
                                    names: {
                                        en: string;
                                        zh: string;
                                    };
                                };
                                /** @description controls of the subject not in force on that date */
                                upcoming: {
                                    /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                    basis: {
                                        en: string;
                                        zh: string;
                                    };
                                    covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                    /** @description for an export-licence control: the parties an export to needs the licence */
                                    destinations: string[];
                                    /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                    hasOfficialSource: boolean;
                                    /** @enum {string} */
                                    jurisdiction: "UN" | "US" | "CN";
                                    /**
                                     * @description a schedule, or a licence required to export to `destinations`
                                     * @enum {string}
                                     */
                                    kind: "schedule" | "export-licence";
                                    list: string;
                                    listLabel: {
                                        en: string;
                                        zh: string;
                                    };
                                    since: string;
                                    sources: {
                                        /** @description published by the government or treaty body whose act it is */
                                        official: boolean;
                                        /**
                                         * @description published by another government's agency: official for its own acts, not for this one
                                         * @default false
                                         */
                                        otherGovernment: boolean;
                                        /** @description who publishes it, when the registry knows the site */
                                        publisher: {
                                            en: string;
                                            zh: string;
                                        } | null;
                                        /** @description a web address, or a citation as text */
                                        url: string;
                                    }[];
                                    unconfirmed: string[];
                                    until: string | null;
                                }[];
                                /** @enum {string} */
                                verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                            }[];
                            /** @description what the line is, from its hits (several when its identifiers disagree) */
                            identified: {
                                derivation?: ("amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                id: string;
                                /** @enum {string} */
                                kind: "entry" | "class";
                                /** @description "4-Piperidone", "ester of 3-oxo-2-phenylbutanoic acid": in English and Chinese */
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                names: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                relation: "same" | "stereoisomer" | "derivative" | "class-member";
                            }[];
                            identity: {
                                cas?: string;
                                hs?: string;
                                name?: {
                                    salts: string[];
                                    text: string;
                                };
                                structure?: {
                                    components: number;
                                    counterIons: string[];
                                    /** @description computed when the structure has the atoms of some registry entry */
                                    inchiKey?: string;
                                    smiles: string;
                                };
                            };
                            problems: {
                                code: string;
                                /** @enum {string} */
                                field: "name" | "cas" | "smiles" | "hs" | "line";
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            quantity?: string;
                            ref?: string;
                            summary: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string} */
                            verdict: "controlled" | "controlled-by-rule" | "analogue" | "clear" | "insufficient-identity";
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScreenings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            asOf: string;
                            /** @description lines per verdict (controlled, controlled-by-rule, analogue, clear, insufficient-identity) */
                            counts: {
                                [key: string]: number;
                            };
                            createdAt: string;
                            doneLines: number;
                            /** @description utf-8, gbk (a Chinese-locale export, converted) or binary (XLSX) */
                            encoding: string | null;
                            /** @description why a failed job failed, in English */
                            error: string | null;
                            /** @description the same as a problem slug (manifest-columns, manifest-encoding, internal…), to translate */
                            errorType: string | null;
                            filename: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx" | "jsonl";
                            /** Format: uuid */
                            id: string;
                            registryVersion: string | null;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            /** @description lines in the manifest: counted up front for text files, known at the end for XLSX */
                            totalLines: number | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScreening: {
        parameters: {
            query?: {
                asOf?: string;
                /** @description the file’s name; its extension tells the format when the Content-Type does not */
                filename?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/jsonl": unknown;
                "application/octet-stream": unknown;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "application/x-ndjson": unknown;
                "text/csv": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        /** @description lines per verdict (controlled, controlled-by-rule, analogue, clear, insufficient-identity) */
                        counts: {
                            [key: string]: number;
                        };
                        createdAt: string;
                        doneLines: number;
                        /** @description utf-8, gbk (a Chinese-locale export, converted) or binary (XLSX) */
                        encoding: string | null;
                        /** @description why a failed job failed, in English */
                        error: string | null;
                        /** @description the same as a problem slug (manifest-columns, manifest-encoding, internal…), to translate */
                        errorType: string | null;
                        filename: string;
                        finishedAt: string | null;
                        /** @enum {string} */
                        format: "csv" | "xlsx" | "jsonl";
                        /** Format: uuid */
                        id: string;
                        registryVersion: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                        /** @description lines in the manifest: counted up front for text files, known at the end for XLSX */
                        totalLines: number | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScreening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        /** @description lines per verdict (controlled, controlled-by-rule, analogue, clear, insufficient-identity) */
                        counts: {
                            [key: string]: number;
                        };
                        createdAt: string;
                        doneLines: number;
                        /** @description utf-8, gbk (a Chinese-locale export, converted) or binary (XLSX) */
                        encoding: string | null;
                        /** @description why a failed job failed, in English */
                        error: string | null;
                        /** @description the same as a problem slug (manifest-columns, manifest-encoding, internal…), to translate */
                        errorType: string | null;
                        filename: string;
                        finishedAt: string | null;
                        /** @enum {string} */
                        format: "csv" | "xlsx" | "jsonl";
                        /** Format: uuid */
                        id: string;
                        registryVersion: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                        /** @description lines in the manifest: counted up front for text files, known at the end for XLSX */
                        totalLines: number | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScreeningResults: {
        parameters: {
            query?: {
                format?: "csv" | "json";
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        user: {
                            agency: {
                                acronym: string;
                                id: string;
                                nameEn: string;
                                nameZh: string;
                                partyCode: string;
                            };
                            displayName: string;
                            displayNameZh: string | null;
                            email: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "zh-CN";
                            mfaRequired: boolean;
                            roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                            timeZone: string;
                            totpEnabled: boolean;
                            username: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    recoveryCode?: string;
                    totpCode?: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        user: {
                            agency: {
                                acronym: string;
                                id: string;
                                nameEn: string;
                                nameZh: string;
                                partyCode: string;
                            };
                            displayName: string;
                            displayNameZh: string | null;
                            email: string | null;
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "zh-CN";
                            mfaRequired: boolean;
                            roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                            timeZone: string;
                            totpEnabled: boolean;
                            username: string;
                        };
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the seconds in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubstances: {
        parameters: {
            query?: {
                asOf?: string;
                jurisdiction?: "UN" | "US" | "CN";
                kind?: "precursor" | "drug";
                limit?: number;
                /** @description name (English or Chinese, fuzzy), CAS number or InChIKey */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        items: {
                            cas: string | null;
                            hs: string | null;
                            id: string;
                            /** @description where it is controlled on the date asked */
                            jurisdictions: ("UN" | "US" | "CN")[];
                            /** @enum {string} */
                            kind: "precursor" | "drug";
                            /** @description the name or identifier the search matched */
                            matched?: string;
                            names: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string} */
                            origin: "shipped" | "local";
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSubstance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cas?: string;
                    hs?: string;
                    /** @description defaults to a slug of the English name */
                    id?: string;
                    /** @enum {string} */
                    kind: "precursor" | "drug";
                    names: {
                        en: string;
                        zh: string;
                    };
                    smiles?: string;
                    /** @default [] */
                    sources?: string[];
                    /**
                     * @default {
                     *       "en": [],
                     *       "zh": []
                     *     }
                     */
                    synonyms?: {
                        /** @default [] */
                        en?: string[];
                        /** @default [] */
                        zh?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cas: string | null;
                        /** @description class controls whose reference structure this is */
                        classes: {
                            id: string;
                            names: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        controls: {
                            /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                            basis: {
                                en: string;
                                zh: string;
                            };
                            covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                            /** @description for an export-licence control: the parties an export to needs the licence */
                            destinations: string[];
                            /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                            hasOfficialSource: boolean;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            jurisdiction: "UN" | "US" | "CN";
                            /**
                             * @description a schedule, or a licence required to export to `destinations`
                             * @enum {string}
                             */
                            kind: "schedule" | "export-licence";
                            list: string;
                            listLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string} */
                            origin: "shipped" | "local";
                            since: string;
                            sources: {
                                /** @description published by the government or treaty body whose act it is */
                                official: boolean;
                                /**
                                 * @description published by another government's agency: official for its own acts, not for this one
                                 * @default false
                                 */
                                otherGovernment: boolean;
                                /** @description who publishes it, when the registry knows the site */
                                publisher: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @description a web address, or a citation as text */
                                url: string;
                            }[];
                            unconfirmed: string[];
                            until: string | null;
                        }[];
                        hs: string | null;
                        id: string;
                        inchiKey: string | null;
                        /** @description where it is controlled on the date asked */
                        jurisdictions: ("UN" | "US" | "CN")[];
                        /** @enum {string} */
                        kind: "precursor" | "drug";
                        /** @description the name or identifier the search matched */
                        matched?: string;
                        names: {
                            en: string;
                            zh: string;
                        };
                        /** @description what official sources say that is not (yet) a control: "scheduling under way" */
                        notes: {
                            asOf: string;
                            /** @enum {string} */
                            jurisdiction: "UN" | "US" | "CN";
                            sources: {
                                /** @description published by the government or treaty body whose act it is */
                                official: boolean;
                                /**
                                 * @description published by another government's agency: official for its own acts, not for this one
                                 * @default false
                                 */
                                otherGovernment: boolean;
                                /** @description who publishes it, when the registry knows the site */
                                publisher: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @description a web address, or a citation as text */
                                url: string;
                            }[];
                            text: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        /** @enum {string} */
                        origin: "shipped" | "local";
                        otherCas: {
                            cas: string;
                            form: string;
                        }[];
                        smiles: string | null;
                        sources: {
                            /** @description published by the government or treaty body whose act it is */
                            official: boolean;
                            /**
                             * @description published by another government's agency: official for its own acts, not for this one
                             * @default false
                             */
                            otherGovernment: boolean;
                            /** @description who publishes it, when the registry knows the site */
                            publisher: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @description a web address, or a citation as text */
                            url: string;
                        }[];
                        synonyms: {
                            en: string[];
                            zh: string[];
                        };
                        /** @description fields not confirmed from a source: shown as unconfirmed */
                        unconfirmed: string[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubstance: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cas: string | null;
                        /** @description class controls whose reference structure this is */
                        classes: {
                            id: string;
                            names: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        controls: {
                            /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                            basis: {
                                en: string;
                                zh: string;
                            };
                            covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                            /** @description for an export-licence control: the parties an export to needs the licence */
                            destinations: string[];
                            /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                            hasOfficialSource: boolean;
                            id: string;
                            inForce: boolean;
                            /** @enum {string} */
                            jurisdiction: "UN" | "US" | "CN";
                            /**
                             * @description a schedule, or a licence required to export to `destinations`
                             * @enum {string}
                             */
                            kind: "schedule" | "export-licence";
                            list: string;
                            listLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string} */
                            origin: "shipped" | "local";
                            since: string;
                            sources: {
                                /** @description published by the government or treaty body whose act it is */
                                official: boolean;
                                /**
                                 * @description published by another government's agency: official for its own acts, not for this one
                                 * @default false
                                 */
                                otherGovernment: boolean;
                                /** @description who publishes it, when the registry knows the site */
                                publisher: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @description a web address, or a citation as text */
                                url: string;
                            }[];
                            unconfirmed: string[];
                            until: string | null;
                        }[];
                        hs: string | null;
                        id: string;
                        inchiKey: string | null;
                        /** @description where it is controlled on the date asked */
                        jurisdictions: ("UN" | "US" | "CN")[];
                        /** @enum {string} */
                        kind: "precursor" | "drug";
                        /** @description the name or identifier the search matched */
                        matched?: string;
                        names: {
                            en: string;
                            zh: string;
                        };
                        /** @description what official sources say that is not (yet) a control: "scheduling under way" */
                        notes: {
                            asOf: string;
                            /** @enum {string} */
                            jurisdiction: "UN" | "US" | "CN";
                            sources: {
                                /** @description published by the government or treaty body whose act it is */
                                official: boolean;
                                /**
                                 * @description published by another government's agency: official for its own acts, not for this one
                                 * @default false
                                 */
                                otherGovernment: boolean;
                                /** @description who publishes it, when the registry knows the site */
                                publisher: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @description a web address, or a citation as text */
                                url: string;
                            }[];
                            text: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        /** @enum {string} */
                        origin: "shipped" | "local";
                        otherCas: {
                            cas: string;
                            form: string;
                        }[];
                        smiles: string | null;
                        sources: {
                            /** @description published by the government or treaty body whose act it is */
                            official: boolean;
                            /**
                             * @description published by another government's agency: official for its own acts, not for this one
                             * @default false
                             */
                            otherGovernment: boolean;
                            /** @description who publishes it, when the registry knows the site */
                            publisher: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @description a web address, or a citation as text */
                            url: string;
                        }[];
                        synonyms: {
                            en: string[];
                            zh: string[];
                        };
                        /** @description fields not confirmed from a source: shown as unconfirmed */
                        unconfirmed: string[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSubstanceControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    basis: string;
                    /**
                     * @default [
                     *       "salts"
                     *     ]
                     */
                    covers?: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                    list: string;
                    /** @description id of a shipped control this one takes the place of */
                    replaces?: string;
                    /** Format: date */
                    since: string;
                    /** @default [] */
                    sources?: string[];
                    /** @default null */
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                        basis: {
                            en: string;
                            zh: string;
                        };
                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                        /** @description for an export-licence control: the parties an export to needs the licence */
                        destinations: string[];
                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                        hasOfficialSource: boolean;
                        id: string;
                        inForce: boolean;
                        /** @enum {string} */
                        jurisdiction: "UN" | "US" | "CN";
                        /**
                         * @description a schedule, or a licence required to export to `destinations`
                         * @enum {string}
                         */
                        kind: "schedule" | "export-licence";
                        list: string;
                        listLabel: {
                            en: string;
                            zh: string;
                        };
                        /** @enum {string} */
                        origin: "shipped" | "local";
                        since: string;
                        sources: {
                            /** @description published by the government or treaty body whose act it is */
                            official: boolean;
                            /**
                             * @description published by another government's agency: official for its own acts, not for this one
                             * @default false
                             */
                            otherGovernment: boolean;
                            /** @description who publishes it, when the registry knows the site */
                            publisher: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @description a web address, or a citation as text */
                            url: string;
                        }[];
                        unconfirmed: string[];
                        until: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSubstanceControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                controlId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    basis?: string;
                    covers?: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                    list?: string;
                    /** Format: date */
                    since?: string;
                    sources?: string[];
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                        basis: {
                            en: string;
                            zh: string;
                        };
                        covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                        /** @description for an export-licence control: the parties an export to needs the licence */
                        destinations: string[];
                        /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                        hasOfficialSource: boolean;
                        id: string;
                        inForce: boolean;
                        /** @enum {string} */
                        jurisdiction: "UN" | "US" | "CN";
                        /**
                         * @description a schedule, or a licence required to export to `destinations`
                         * @enum {string}
                         */
                        kind: "schedule" | "export-licence";
                        list: string;
                        listLabel: {
                            en: string;
                            zh: string;
                        };
                        /** @enum {string} */
                        origin: "shipped" | "local";
                        since: string;
                        sources: {
                            /** @description published by the government or treaty body whose act it is */
                            official: boolean;
                            /**
                             * @description published by another government's agency: official for its own acts, not for this one
                             * @default false
                             */
                            otherGovernment: boolean;
                            /** @description who publishes it, when the registry knows the site */
                            publisher: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @description a web address, or a citation as text */
                            url: string;
                        }[];
                        unconfirmed: string[];
                        until: string | null;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubstanceStructureSvg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": unknown;
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubstanceExportLicences: {
        parameters: {
            query?: {
                asOf?: string;
                /** @description only measures that apply to exports to this party */
                destination?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        items: {
                            control: {
                                /** @description the legal act in English and Chinese (a node's own control: as its administrator entered it, in both) */
                                basis: {
                                    en: string;
                                    zh: string;
                                };
                                covers: ("salts" | "optical-isomers" | "amides" | "carbamates" | "halides" | "acetals" | "esters")[];
                                /** @description for an export-licence control: the parties an export to needs the licence */
                                destinations: string[];
                                /** @description whether any source is an official publication of the act; when none is, `unconfirmed` names what no official source confirms */
                                hasOfficialSource: boolean;
                                id: string;
                                inForce: boolean;
                                /** @enum {string} */
                                jurisdiction: "UN" | "US" | "CN";
                                /**
                                 * @description a schedule, or a licence required to export to `destinations`
                                 * @enum {string}
                                 */
                                kind: "schedule" | "export-licence";
                                list: string;
                                listLabel: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                origin: "shipped" | "local";
                                since: string;
                                sources: {
                                    /** @description published by the government or treaty body whose act it is */
                                    official: boolean;
                                    /**
                                     * @description published by another government's agency: official for its own acts, not for this one
                                     * @default false
                                     */
                                    otherGovernment: boolean;
                                    /** @description who publishes it, when the registry knows the site */
                                    publisher: {
                                        en: string;
                                        zh: string;
                                    } | null;
                                    /** @description a web address, or a citation as text */
                                    url: string;
                                }[];
                                unconfirmed: string[];
                                until: string | null;
                            };
                            /** @description how many substances the act says it lists */
                            declaredCount: number | null;
                            /** @description the registry entries a source confirms to be on it */
                            entries: {
                                id: string;
                                names: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            id: string;
                            /** @enum {string} */
                            jurisdiction: "UN" | "US" | "CN";
                            names: {
                                en: string;
                                zh: string;
                            };
                            /** @description `entries`: which substances it lists is not confirmed from a source */
                            unconfirmed: string[];
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubstanceLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            en: string;
                            /** @enum {string} */
                            jurisdiction: "UN" | "US" | "CN";
                            /** @enum {string} */
                            kind: "schedule" | "export-licence";
                            zh: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agencyId: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            expiresAt: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor";
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agencyId?: string;
                    /** Format: date-time */
                    expiresAt?: string;
                    name: string;
                    /** @enum {string} */
                    role: "viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        token: {
                            agencyId: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            expiresAt: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor";
                        };
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the caller may add or correct translations of this record */
                        canTranslate: boolean;
                        fields: {
                            field: string;
                            /** @description machine translations requested and not (yet) made */
                            machine: {
                                attempts: number;
                                nextAttemptAt: string | null;
                                /** @description why the last attempt failed; the UI names it in the reader's language (the details, with the service's address, stay in the node's log) */
                                reasonCode: ("unreachable" | "timeout" | "refused" | "bad-answer" | "not-configured" | "record-gone" | "restricted") | null;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                state: "pending" | "retrying" | "failed";
                                /** @enum {string} */
                                targetLang: "en" | "zh";
                            }[];
                            original: {
                                hash: string;
                                /** @enum {string} */
                                lang: "en" | "zh";
                                text: string;
                            };
                            translations: {
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** @enum {string} */
                                    kind: "person";
                                    name: string;
                                    userId: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "machine";
                                    /** @description the machine translation service, named as such */
                                    service: string;
                                };
                                /** @description the one readers of this language see first: a person's, else the machine's */
                                isPreferred: boolean;
                                /** @description the original changed since: this translates an earlier version */
                                isStale: boolean;
                                /** @description the hash of the original this translates */
                                sourceHash: string;
                                /** @enum {string} */
                                targetLang: "en" | "zh";
                                text: string;
                            }[];
                        }[];
                        kind: string;
                        /** @description a machine translation service is configured on this node, and the record's handling lets its text go to it */
                        machineAvailable: boolean;
                        recordId: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    field: string;
                    /** @description the hash of the original the translation was made from; 409 translation-stale if it changed since */
                    sourceHash: string;
                    /** @description en or zh */
                    targetLang: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        field: string;
                        /** @description machine translations requested and not (yet) made */
                        machine: {
                            attempts: number;
                            nextAttemptAt: string | null;
                            /** @description why the last attempt failed; the UI names it in the reader's language (the details, with the service's address, stay in the node's log) */
                            reasonCode: ("unreachable" | "timeout" | "refused" | "bad-answer" | "not-configured" | "record-gone" | "restricted") | null;
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            state: "pending" | "retrying" | "failed";
                            /** @enum {string} */
                            targetLang: "en" | "zh";
                        }[];
                        original: {
                            hash: string;
                            /** @enum {string} */
                            lang: "en" | "zh";
                            text: string;
                        };
                        translations: {
                            /** Format: date-time */
                            at: string;
                            by: {
                                /** @enum {string} */
                                kind: "person";
                                name: string;
                                userId: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "machine";
                                /** @description the machine translation service, named as such */
                                service: string;
                            };
                            /** @description the one readers of this language see first: a person's, else the machine's */
                            isPreferred: boolean;
                            /** @description the original changed since: this translates an earlier version */
                            isStale: boolean;
                            /** @description the hash of the original this translates */
                            sourceHash: string;
                            /** @enum {string} */
                            targetLang: "en" | "zh";
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestMachineTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the fields to translate; all of them when left out */
                    fields?: string[];
                    /** @description en or zh */
                    targetLang: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description fields sent to the service (as jobs) */
                        queued: string[];
                        skipped: {
                            field: string;
                            /** @enum {string} */
                            reason: "same-language" | "current" | "pending";
                        }[];
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                agencyId?: string;
                includeInactive?: "true" | "false";
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agencyId: string;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            displayNameZh: string | null;
                            email: string | null;
                            id: string;
                            isActive: boolean;
                            lastLoginAt: string | null;
                            /** @enum {string} */
                            locale: "en" | "zh-CN";
                            lockedUntil: string | null;
                            roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                            timeZone: string;
                            totpEnabled: boolean;
                            username: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agencyId: string;
                    displayName: string;
                    displayNameZh?: string;
                    /** Format: email */
                    email?: string;
                    /**
                     * @default en
                     * @enum {string}
                     */
                    locale?: "en" | "zh-CN";
                    password: string;
                    roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                    timeZone: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        /** Format: date-time */
                        createdAt: string;
                        displayName: string;
                        displayNameZh: string | null;
                        email: string | null;
                        id: string;
                        isActive: boolean;
                        lastLoginAt: string | null;
                        /** @enum {string} */
                        locale: "en" | "zh-CN";
                        lockedUntil: string | null;
                        roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                        timeZone: string;
                        totpEnabled: boolean;
                        username: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agencyId?: string;
                    displayName?: string;
                    displayNameZh?: string | null;
                    email?: string | null;
                    isActive?: boolean;
                    /** @enum {string} */
                    locale?: "en" | "zh-CN";
                    roles?: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        /** Format: date-time */
                        createdAt: string;
                        displayName: string;
                        displayNameZh: string | null;
                        email: string | null;
                        id: string;
                        isActive: boolean;
                        lastLoginAt: string | null;
                        /** @enum {string} */
                        locale: "en" | "zh-CN";
                        lockedUntil: string | null;
                        roles: ("viewer" | "officer" | "supervisor" | "secretariat" | "admin" | "auditor")[];
                        timeZone: string;
                        totpEnabled: boolean;
                        username: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or none the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state, or the first request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot process: a rule refuses it, or this Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWildlifeSpecies: {
        parameters: {
            query: {
                limit?: number;
                /** @description part of a scientific, English or Chinese name, or the Chinese name in pinyin (full or initials) */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            annotation: string | null;
                            /**
                             * @description the CITES appendix, "I/II" where populations are split between them
                             * @enum {string}
                             */
                            appendix: "I" | "II" | "III" | "I/II";
                            en: string | null;
                            note: string | null;
                            /** @enum {string} */
                            rank: "species" | "subspecies" | "genus" | "family" | "order";
                            scientificName: string;
                            /** @description ids of the checklist sources the entry rests on */
                            sources: string[];
                            /** @description fields no consulted source confirms: show them as unconfirmed */
                            unconfirmed: string[];
                            zh: string | null;
                        }[];
                        sources: {
                            /** @description false: the text that would confirm the entry, not yet checked against it */
                            consulted: boolean;
                            date: string;
                            id: string;
                            publisher: string;
                            title: string;
                            url: string;
                        }[];
                        version: string;
                    };
                };
            };
            /** @description Invalid request: `errors[]` lists every problem with the path, query, headers or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWildlifeTradeTerms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            en: string;
                            /** @description the units the CITES trade database accepts with the term ("number": a count of specimens) */
                            units: string[];
                            zh: string;
                            /**
                             * @description translation: the Chinese description is this project’s, not an official text
                             * @enum {string}
                             */
                            zhSource: "official" | "translation";
                        }[];
                    };
                };
            };
            /** @description Not signed in, or the session or API token is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: a role the caller lacks, a missing CSRF token, or a record the caller may not touch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
