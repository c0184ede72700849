import * as Menu from '@radix-ui/react-dropdown-menu';
import { ChevronRight } from 'lucide-react';
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTION_ACTIONS, type ActionId, type EmotionActionId } from '../../src/actions';
import { placeInCell } from '../canvas/addTouchpoint';
import { canvasFlow } from '../canvas/flowInstance';
import type { CanvasNode } from '../canvas/layout';
import { useEditor } from '../state/editorStore';
import { actionContext, type CellTarget } from './context';
import { ActionMenuItem } from './ActionMenuItem';
import { canRunAction, chooseAction } from './registry';

/** What a right-click (or Shift+F10) on the map asks about: the selected cards, or an empty spot of a cell. */
interface ContextMenuRequest {
  x: number;
  y: number;
  /** The menu's name: the card's or the cell's. */
  name: string;
  cell: CellTarget | null;
  /** Where focus goes back when the menu closes. */
  returnFocus: HTMLElement | null;
}

/** An action, a line between groups, or the submenu of the seven emotions. */
type Entry = ActionId | 'separator' | 'emotion';
const CARD_ENTRIES: readonly Entry[] = [
  'editTitle',
  'emotionUp',
  'emotionDown',
  'emotion',
  'addNote',
  'separator',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'separator',
  'movePreviousStage',
  'moveNextStage',
  'separator',
  'delete',
];
const CELL_ENTRIES: readonly Entry[] = ['addTouchpoint', 'paste'];

const nodeOf = (element: Element | null): CanvasNode | undefined => {
  const id = element?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
  return id ? canvasFlow.current?.getNode(id) : undefined;
};

/** The cell a keyboard user means: the selected card's, or the map's first. */
function cellForKeyboard(): CanvasNode | undefined {
  const { journey } = actionContext();
  const cells = canvasFlow.current?.getNodes().filter((n) => n.type === 'cell') ?? [];
  const ids = useEditor.getState().selection;
  const anchor =
    ids.kind === 'touchpoints' ? journey?.touchpoints.find((t) => t.id === ids.ids[0]) : undefined;
  return (
    cells.find(
      (n) => n.type === 'cell' && n.data.stage.id === anchor?.stageId && n.data.lane.id === anchor?.personaId,
    ) ?? cells[0]
  );
}

/**
 * The map's context menu, from a right-click or from the keyboard (Shift+F10, the Menu key) on a
 * focused card: on a card, what can be done to the selected cards; on an empty spot of a cell,
 * add a touchpoint there or paste. Each entry is an action of the registry. Returns the canvas's
 * handlers and the menu to render.
 */
export function useCanvasContextMenu() {
  const { t } = useTranslation();
  const [request, setRequest] = useState<ContextMenuRequest | null>(null);

  const open = (node: CanvasNode | undefined, x: number, y: number, returnFocus: HTMLElement | null) => {
    const flow = canvasFlow.current;
    if (!flow || !node) return false;
    if (node.type === 'touchpoint') {
      const { touchpoint } = node.data;
      const editor = useEditor.getState();
      const selected = editor.selection.kind === 'touchpoints' ? editor.selection.ids : [];
      if (!selected.includes(touchpoint.id)) editor.select({ kind: 'touchpoints', ids: [touchpoint.id] });
      const name = node.ariaLabel ?? touchpoint.title;
      setRequest({ x, y, name, cell: null, returnFocus });
      return true;
    }
    if (node.type !== 'cell') return false;
    const { lane, stage } = node.data;
    const place = placeInCell(flow.screenToFlowPosition({ x, y }), node.position);
    const laneName = lane.kind === 'persona' ? lane.persona.name : (lane.channel?.name ?? t('channel.none'));
    setRequest({
      x,
      y,
      name: t('canvas.cell', { lane: laneName, stage: stage.name }),
      cell: { lane, stageId: stage.id, ...place },
      returnFocus,
    });
    return true;
  };

  const onContextMenu = (event: MouseEvent) => {
    if (open(nodeOf(event.target as Element), event.clientX, event.clientY, null)) event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const card = nodeOf(focused);
    const node = card?.type === 'touchpoint' ? card : cellForKeyboard();
    const element = card ? focused! : event.currentTarget;
    const box = element.getBoundingClientRect();
    // A cell may be off screen: its menu then opens at the middle of the canvas, at the cell's first place.
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (open(node, x, y, focused)) event.preventDefault();
  };

  const menu = request && (
    <CanvasMenu key={`${request.x},${request.y}`} request={request} onClose={() => setRequest(null)} />
  );
  return { onContextMenu, onKeyDown, menu };
}

function CanvasMenu({ request, onClose }: { request: ContextMenuRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const { cell } = request;
  const context = actionContext(cell);
  const entries = cell ? CELL_ENTRIES : CARD_ENTRIES;
  const item = (action: ActionId) => (
    <ActionMenuItem
      key={action}
      action={action}
      disabled={!canRunAction(action, context)}
      onSelect={() => chooseAction(action, cell)}
    />
  );
  return (
    // Not modal: an action that focuses something (a new card's title) keeps it when the menu closes.
    <Menu.Root open modal={false} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Menu.Trigger asChild>
        <button
          type="button"
          tabIndex={-1}
          className="context-anchor"
          style={{ left: request.x, top: request.y }}
          aria-label={t('commands.menuFor', { name: request.name })}
        />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          className="menu"
          align="start"
          side="bottom"
          sideOffset={2}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            // Not to the invisible anchor, nor away from what the action focused (a card's title being typed).
            event.preventDefault();
            const taken = document.activeElement !== document.body && document.activeElement !== null;
            if (!taken) request.returnFocus?.focus();
          }}
        >
          {entries.map((entry, i) => {
            if (entry === 'separator') return <Menu.Separator key={i} className="menu-separator" />;
            if (entry === 'emotion')
              return (
                <Menu.Sub key={entry}>
                  <Menu.SubTrigger className="menu-item">
                    {t('touchpoint.emotion')}
                    <ChevronRight size={14} className="menu-shortcut" aria-hidden="true" />
                  </Menu.SubTrigger>
                  <Menu.Portal>
                    <Menu.SubContent className="menu" sideOffset={4} collisionPadding={8}>
                      {(Object.keys(EMOTION_ACTIONS) as EmotionActionId[]).map(item)}
                    </Menu.SubContent>
                  </Menu.Portal>
                </Menu.Sub>
              );
            return item(entry);
          })}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
