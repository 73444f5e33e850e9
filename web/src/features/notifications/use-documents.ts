// The work behind the documents section: one upload, download or removal at a time, which of them is running (so
// only its button shows it), a file refused before sending and why, the server's problem, and what was just done
// (announced politely). After an upload or a removal the notification is read again for its documents and timeline.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { saveBlob } from '../../app/download';
import { useSubmit } from '../../app/use-submit';
import { attachmentIssue, downloadAttachment, removeAttachment, uploadAttachment, type FileIssue } from './attachments';
import type { AttachmentView, Notification } from './types';

export type Pending = { kind: 'upload' } | { kind: 'download' | 'remove'; id: string } | null;
export type RefusedFile = { kind: FileIssue; file: File };

export function useDocuments(n: Notification, onChanged: (n: Notification) => void) {
  const { t } = useTranslation();
  const { problem, run } = useSubmit();
  const [pending, setPending] = useState<Pending>(null);
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  const [done, setDone] = useState('');
  const [removing, setRemoving] = useState<AttachmentView | null>(null);
  const [lastKind, setLastKind] = useState<'upload' | 'download' | 'remove' | null>(null);
  const resetRef = useRef<() => void>(null);

  const work = (next: Pending, task: () => Promise<void>) => {
    setPending(next);
    setLastKind(next?.kind ?? null);
    setRefused(null);
    setDone('');
    void run(task).finally(() => setPending(null));
  };
  const refresh = async () => onChanged(await call(api.GET('/api/v1/notifications/{id}', { params: { path: { id: n.id } } })));

  const upload = (file: File | null) => {
    // The same file may be chosen again after a refusal.
    resetRef.current?.();
    if (!file) return;
    const kind = attachmentIssue(file);
    if (kind) {
      setDone('');
      setRefused({ kind, file });
      return;
    }
    work({ kind: 'upload' }, async () => {
      await uploadAttachment(n.id, file);
      await refresh();
      setDone(t('notification.documents.uploaded', { file: file.name }));
    });
  };
  const download = (a: AttachmentView) => work({ kind: 'download', id: a.id }, async () => saveBlob(await downloadAttachment(n.id, a.id), a.filename));
  const remove = (a: AttachmentView) =>
    work({ kind: 'remove', id: a.id }, async () => {
      await removeAttachment(n.id, a.id);
      setRemoving(null);
      await refresh();
      setDone(t('notification.documents.removed', { file: a.filename }));
    });

  // A failed removal is shown in its dialog; any other problem beside the list.
  const removalProblem = lastKind === 'remove' ? problem : null;
  const listProblem = removing && lastKind === 'remove' ? null : problem;
  return { listProblem, removalProblem, pending, refused, done, removing, setRemoving, resetRef, upload, download, remove };
}
