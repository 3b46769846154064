import { memo, type CSSProperties, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountTree, FolderNode } from '../../../src-main/contract';
import { FolderIcon } from './FolderIcon';
import { folderName, formatBytes, formatNumber } from './folderLabels';

/** Stands for "the whole old account" where a folder path would go. */
export const wholeAccount = '*';

/** Our own drag type, so dropped files (a kit) and dragged folders never mix. */
export const folderDragType = 'application/x-switchover-folder';

/** A folder's count and size; while a copy's end is being counted again, says so instead. */
function FolderFacts({ folder, recounting }: { folder: FolderNode; recounting?: boolean }) {
  const { t, i18n } = useTranslation();
  if (folder.noselect) return <span className="folder-facts">{t('copy.tree.container')}</span>;
  if (recounting) return <span className="folder-facts">{t('copy.tree.recounting')}</span>;
  const count = folder.messages ?? 0;
  const messages = t('copy.tree.messages', { count, n: formatNumber(count, i18n.language) });
  return (
    <span className="folder-facts">
      {folder.bytes !== undefined
        ? `${messages} · ${formatBytes(folder.bytes, i18n.language, t)}`
        : messages}
    </span>
  );
}

const OldRow = memo(function OldRow({
  folder,
  selected,
  disabled,
  onSelect,
  onDragStart,
  onDragEnd,
}: {
  folder: FolderNode;
  selected: boolean;
  disabled: boolean;
  onSelect: (path: string) => void;
  onDragStart: (path: string) => void;
  onDragEnd: () => void;
}) {
  const { t } = useTranslation();
  const start = (event: DragEvent) => {
    event.dataTransfer.setData(folderDragType, folder.path);
    event.dataTransfer.setData('text/plain', folder.name);
    event.dataTransfer.effectAllowed = 'copy';
    onDragStart(folder.path);
  };
  return (
    <li className="folder-item" style={{ '--depth': folder.depth } as CSSProperties}>
      <button
        type="button"
        className="folder-row"
        data-testid="old-folder"
        data-path={folder.path}
        aria-pressed={selected}
        draggable={!disabled}
        onDragStart={start}
        onDragEnd={onDragEnd}
        onClick={() => onSelect(folder.path)}
      >
        <FolderIcon kind={folder.role ?? 'folder'} />
        <span className="folder-name">{folderName(folder, t)}</span>
        <FolderFacts folder={folder} />
      </button>
    </li>
  );
});

const NewRow = memo(function NewRow({
  folder,
  isTarget,
  recounting,
  onOver,
  onDrop,
}: {
  folder: FolderNode;
  isTarget: boolean;
  recounting: boolean;
  onOver: (into: string | null) => void;
  onDrop: (into: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="folder-item" style={{ '--depth': folder.depth } as CSSProperties}>
      <div
        className={`folder-row drop-target${isTarget ? ' drop-target--active' : ''}`}
        data-testid="new-folder"
        data-path={folder.path}
        data-drop-target={isTarget ? 'true' : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          event.stopPropagation();
          event.dataTransfer.dropEffect = 'copy';
          onOver(folder.path);
        }}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation();
          onDrop(folder.path);
        }}
      >
        <FolderIcon kind={folder.role ?? 'folder'} />
        <span className="folder-name">{folderName(folder, t)}</span>
        <FolderFacts folder={folder} recounting={recounting} />
      </div>
    </li>
  );
});

function totalMessages(tree: AccountTree): number {
  return tree.folders.reduce((n, f) => n + (f.messages ?? 0), 0);
}

/** The old account's folders: each can be chosen (keyboard) or dragged (mouse). */
export function OldTree({
  tree,
  total: given,
  selected,
  disabled,
  onSelect,
  onDragStart,
  onDragEnd,
}: {
  tree: AccountTree;
  /** The account's messages where adding its folders up counts some twice (Gmail's labels). */
  total?: number;
  selected: string | undefined;
  disabled: boolean;
  onSelect: (path: string) => void;
  onDragStart: (path: string) => void;
  onDragEnd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const total = given ?? totalMessages(tree);
  return (
    <section className="tree tree--old" aria-labelledby="old-tree-title" data-testid="old-tree">
      <h2 id="old-tree-title" className="tree-title">
        {t('copy.tree.oldTitle')}
      </h2>
      <button
        type="button"
        className="folder-row account-row"
        data-testid="old-account"
        data-path={wholeAccount}
        aria-pressed={selected === wholeAccount}
        draggable={!disabled}
        onDragStart={(event) => {
          event.dataTransfer.setData(folderDragType, wholeAccount);
          event.dataTransfer.setData('text/plain', tree.email);
          event.dataTransfer.effectAllowed = 'copy';
          onDragStart(wholeAccount);
        }}
        onDragEnd={onDragEnd}
        onClick={() => onSelect(wholeAccount)}
      >
        <FolderIcon kind="account" />
        <span className="folder-name">{t('copy.tree.wholeAccount', { email: tree.email })}</span>
        <span className="folder-facts">
          {t('copy.tree.messages', { count: total, n: formatNumber(total, i18n.language) })}
        </span>
      </button>
      <ul className="folder-list" aria-label={t('copy.tree.oldListLabel')}>
        {tree.folders.map((folder) => (
          <OldRow
            key={folder.path}
            folder={folder}
            selected={selected === folder.path}
            disabled={disabled}
            onSelect={onSelect}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
          />
        ))}
      </ul>
    </section>
  );
}

/**
 * The new account's folders. Dropping on a folder puts the dragged one inside it; dropping
 * anywhere else on the tree keeps its place. Right after a copy (`recounting`) its counts are
 * being listed again: the ones from before the copy are not shown next to its report.
 */
export function NewTree({
  tree,
  recounting,
  dragging,
  dropTarget,
  onOver,
  onLeave,
  onDrop,
}: {
  tree: AccountTree;
  recounting: boolean;
  dragging: boolean;
  /** undefined: nothing under the pointer; null: the tree itself. */
  dropTarget: string | null | undefined;
  onOver: (into: string | null) => void;
  onLeave: () => void;
  onDrop: (into: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const total = totalMessages(tree);
  return (
    <section
      className={`tree tree--new${dragging ? ' tree--dragging' : ''}${dropTarget === null ? ' drop-target--active' : ''}`}
      aria-labelledby="new-tree-title"
      aria-busy={recounting}
      data-testid="new-tree"
      data-drop-target={dropTarget === null ? 'true' : undefined}
      onDragOver={(event) => {
        if (!dragging) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        onOver(null);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
      }}
      onDrop={(event) => {
        if (!dragging) return;
        event.preventDefault();
        onDrop(null);
      }}
    >
      <h2 id="new-tree-title" className="tree-title">
        {t('copy.tree.newTitle')}
      </h2>
      <div className="folder-row account-row" data-testid="new-account">
        <FolderIcon kind="account" />
        <span className="folder-name">{t('copy.tree.wholeAccount', { email: tree.email })}</span>
        <span className="folder-facts">
          {recounting
            ? t('copy.tree.recounting')
            : t('copy.tree.messages', { count: total, n: formatNumber(total, i18n.language) })}
        </span>
      </div>
      <ul className="folder-list" aria-label={t('copy.tree.newListLabel')}>
        {tree.folders.map((folder) => (
          <NewRow
            key={folder.path}
            folder={folder}
            isTarget={dropTarget === folder.path}
            recounting={recounting}
            onOver={onOver}
            onDrop={onDrop}
          />
        ))}
      </ul>
    </section>
  );
}
